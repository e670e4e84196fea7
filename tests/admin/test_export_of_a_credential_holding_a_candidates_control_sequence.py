"""Attack (issue 10 item 13, red-team variant): the candidate's own words reach the credential, and `endorsebot
export` printed it raw to the operator's terminal.

A passed reply's evidence (its tip, as the candidate wrote it) is the credential's endorsement comment. A reply
holding an 8-bit control sequence (CSI written as the one character U+009B: "\\x9b2J" clears the screen of a terminal
that reads 8-bit controls, as xterm can) or an invisible or reordering character inside its tip passed, and `export`
wrote the credential with ``json.dumps(ensure_ascii=False)``, which leaves those characters as they are. Printed to a
terminal, the credential's JSON now escapes them (the same JSON value: it still verifies); a file or an attachment is
written as before.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from bot.credentials import KeyRing, verify
from tests.admin.cli_world import endorsebot, prepare
from tests.workflow.world import World

UNSAFE = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))] + ["\u202e", "\u2066",
                                                                                          "\u200b"]


async def passed_with_a_control_sequence_in_its_tip(world: World) -> int:
    request = await world.request()
    raw = (await world.render("good_reply_gmail.eml", request)).replace(
        b"acknowledge their frustration publicly", "acknowledge their frus\u009b2Jtration pub\u200blicly".encode())
    await world.deliver("", raw=raw)
    request = await world.get(request.id)
    assert request.status == "passed", request.status
    return request.id or 0


def test_export_prints_no_control_sequence_from_the_candidates_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    request_id = prepare(tmp_path, passed_with_a_control_sequence_in_its_tip)

    assert endorsebot(tmp_path, "export", str(request_id), "--format", "ob3", monkeypatch=monkeypatch) == 0

    printed = capsys.readouterr().out
    assert not [c for c in UNSAFE if c in printed]
    document = json.loads(printed)
    assert "\u009b2J" in document["credentialSubject"]["endorsementComment"]  # the data is kept, escaped
    assert verify(document, KeyRing.from_directory(tmp_path / "keys"), now=document_time(document)).ok


def test_export_to_a_file_writes_the_credential_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    request_id = prepare(tmp_path, passed_with_a_control_sequence_in_its_tip)
    out = tmp_path / "endorsement.json"

    assert endorsebot(tmp_path, "export", str(request_id), "--output", str(out), monkeypatch=monkeypatch) == 0

    assert verify(json.loads(out.read_text(encoding="utf-8")), KeyRing.from_directory(tmp_path / "keys"),
                  now=document_time(json.loads(out.read_text(encoding="utf-8")))).ok


def document_time(document: dict) -> datetime:
    """A moment the credential is valid at: its own start (the CLI signs it with the system clock)."""
    return datetime.fromisoformat(document["validFrom"].replace("Z", "+00:00"))
