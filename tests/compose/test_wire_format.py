"""Outgoing mail on the wire: CRLF, folded where it must be, byte for byte what compat32 writes."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import compat32

import pytest

from bot.outbound import compose
from bot.outbound.compose import Composer, Rendered
from bot.settings import Settings

SETTINGS = Settings().replace(bot={"address": "bot@bot.test", "name": "endorsebot"})
WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _build(rendered: Rendered, to: list[str], references: tuple[str, ...] = ()) -> bytes:
    return Composer(SETTINGS).build(rendered, to=to, message_id="<m.1@bot.test>", date=WHEN,
                                    reply_to="bot+tok@bot.test", references=references,
                                    in_reply_to=references[0] if references else None)


@pytest.mark.parametrize("rendered, to, references", [
    (Rendered("Skills check", "Hello.\n", None), ["gina@cand.example"], ()),
    (Rendered("Rappel : vérification des compétences – 12 h restantes", "Bonjour, ça va ?\n", "<p>é</p>"),
     ["zoë@cand.example"], ("<request.abc@bot.test>",)),
    (Rendered("x" * 140, "long\n", None), [f"person{n}@a-rather-long-domain.example" for n in range(12)],
     tuple(f"<reference.{n}.{'y' * 30}@bot.test>" for n in range(6))),
])
def test_headers_are_written_exactly_as_compat32_would(monkeypatch: pytest.MonkeyPatch, rendered: Rendered,
                                                       to: list[str], references: tuple[str, ...]) -> None:
    fast = _build(rendered, to, references)
    monkeypatch.setattr(compose, "_WIRE", compat32.clone(linesep="\r\n"))
    assert _same_boundaries(fast) == _same_boundaries(_build(rendered, to, references))


def test_every_line_ends_in_crlf_and_stays_within_the_rfc_limit() -> None:
    data = _build(Rendered("a rather long subject line " * 6, "body\n", None),
                  [f"p{n}@long-domain.example" for n in range(20)])
    head = data.split(b"\r\n\r\n", 1)[0]
    assert b"\n" not in head.replace(b"\r\n", b"")
    assert max(len(line) for line in head.split(b"\r\n")) <= 78
    assert message_from_bytes(data)["Auto-Submitted"] == "auto-generated"


def _same_boundaries(data: bytes) -> bytes:
    return re.sub(rb"=+\d+==", b"BOUNDARY", data)  # multipart boundaries are random per message
