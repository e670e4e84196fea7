"""Every part we send keeps its lines within 998 octets (RFC 5321 4.5.3.1.6), checked against a real
aiosmtpd server, which answers "500 Line too long" to a longer one. Short-line parts stay 7bit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.mime.text import MIMEText

import aiosmtplib
import pytest

from bot.outbound.compose import Composer, Rendered
from bot.sandbox.smtp import SmtpFront
from bot.settings import Settings

SETTINGS = Settings().replace(bot={"address": "bot@bot.test", "name": "endorsebot"})
WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
# An HTML digest whose reply text is one long paragraph: a single 5,000-character line.
LONG_HTML = "<div>" + "I answer every ticket within the hour and track CSAT weekly. " * 80 + "</div>\n"


@pytest.fixture
async def smtp() -> AsyncIterator[SmtpFront]:
    async def deliver(_sender: str, _rcpt: str, _data: bytes) -> None:
        return None

    front = SmtpFront(deliver=deliver, local_domains=frozenset({"admin.test"}))
    await front.start()
    try:
        yield front
    finally:
        await front.stop()


def _build(rendered: Rendered) -> bytes:
    return Composer(SETTINGS).build(rendered, to=["ada@admin.test"], message_id="<m.1@bot.test>", date=WHEN)


async def _send(front: SmtpFront, data: bytes) -> None:
    await aiosmtplib.send(data, sender="bot@bot.test", recipients=["ada@admin.test"], hostname="127.0.0.1",
                          port=front.port, start_tls=False, use_tls=False)


def _html_part(data: bytes) -> EmailMessage:
    message = message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    html = message.get_body(preferencelist=("html",))
    assert html is not None
    return html  # type: ignore[return-value]


async def test_a_5000_character_html_line_goes_out_quoted_printable_and_the_server_takes_it(smtp: SmtpFront) -> None:
    data = _build(Rendered("Digest", "Short text.\n", LONG_HTML))
    assert max(len(line) for line in data.split(b"\r\n")) <= 998
    html = _html_part(data)
    assert html["Content-Transfer-Encoding"] == "quoted-printable"
    assert html.get_content().replace("\r\n", "\n") == LONG_HTML  # nothing lost or changed by the encoding
    await _send(smtp, data)
    assert [rcpts for _, rcpts, _ in smtp.accepted] == [("ada@admin.test",)]


async def test_the_same_html_sent_as_7bit_is_refused_by_the_server(smtp: SmtpFront) -> None:
    """The control: what we sent before this fix. It proves the server really refuses long lines."""
    part = MIMEText(LONG_HTML, "html", "us-ascii")
    part["Subject"], part["From"], part["To"] = "Digest", "bot@bot.test", "ada@admin.test"
    with pytest.raises(aiosmtplib.SMTPResponseException, match="Line too long"):
        await _send(smtp, part.as_bytes(policy=policy.compat32.clone(linesep="\r\n")))
    assert smtp.accepted == []


def test_a_part_exactly_at_the_limit_stays_7bit_and_one_octet_more_does_not() -> None:
    at_limit = _build(Rendered("s", "x" * 998 + "\n", None))
    over = _build(Rendered("s", "x" * 999 + "\n", None))
    assert message_from_bytes(at_limit)["Content-Transfer-Encoding"] == "7bit"
    assert (b"\r\n" + b"x" * 998 + b"\r\n") in at_limit
    assert message_from_bytes(over)["Content-Transfer-Encoding"] == "quoted-printable"
    assert max(len(line) for line in over.split(b"\r\n")) <= 998


def test_short_line_parts_are_written_as_before() -> None:
    data = _build(Rendered("Skills check", "Hello.\n", "<p>Hello.</p>\n"))
    message = message_from_bytes(data)
    assert [p["Content-Transfer-Encoding"] for p in message.walk() if not p.is_multipart()] == ["7bit", "7bit"]
    assert b"\r\nHello.\r\n" in data and b"\r\n<p>Hello.</p>\r\n" in data
