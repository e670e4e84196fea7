"""SmtpFront, the sandbox's SMTP server: how it routes, traces and bounces mail.

Spoken to with a plain SMTP client (aiosmtplib) so the exact replies are visible.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from email.message import EmailMessage, Message
from typing import cast

import aiosmtplib
import pytest

from bot.clock import FakeClock
from bot.sandbox.smtp import SmtpFront
from tests.sandbox.samples import eml

BOT = "bot@sandbox.test"
CANDIDATE = "casey@example.com"
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


class Mailboxes:
    """The ``deliver`` callback of these tests: a dict of local mailboxes; unknown ones raise LookupError."""

    def __init__(self, *names: str) -> None:
        self.boxes: dict[str, list[tuple[str, bytes]]] = {name: [] for name in names}

    async def deliver(self, envelope_from: str, recipient: str, data: bytes) -> None:
        if recipient not in self.boxes:
            raise LookupError(recipient)
        self.boxes[recipient].append((envelope_from, data))


@pytest.fixture
def mailboxes() -> Mailboxes:
    return Mailboxes(BOT)


@pytest.fixture
async def front(mailboxes: Mailboxes) -> AsyncIterator[SmtpFront]:
    server = SmtpFront(
        deliver=mailboxes.deliver,
        local_domains=frozenset({"sandbox.test"}),
        bounce_domains=frozenset({"bounce.test"}),
        reject_domains=frozenset({"rejecting.test"}),
        clock=FakeClock(START),
    )
    await server.start()
    yield server
    await server.stop()


async def submit(front: SmtpFront, sender: str, recipients: list[str], data: bytes) -> aiosmtplib.SMTPResponse:
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=front.port, local_hostname="client.test") as client:
        errors, _ = await client.sendmail(sender, recipients, data)
        assert errors == {}
        return await client.noop()


def status_blocks(part: Message) -> list[Message]:
    """The field blocks of a message/delivery-status part: per-message first, then per recipient."""
    assert part.get_content_type() == "message/delivery-status"
    return cast(list[Message], part.get_payload())


def parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


async def test_start_binds_a_free_loopback_port(front: SmtpFront) -> None:
    assert front.port > 0
    assert front.host == "127.0.0.1"


async def test_mail_for_a_local_domain_is_handed_to_deliver(front: SmtpFront, mailboxes: Mailboxes) -> None:
    reply = eml("candidate_reply")

    await submit(front, CANDIDATE, [BOT], reply)

    [(envelope_from, data)] = mailboxes.boxes[BOT]
    assert envelope_from == CANDIDATE
    assert data.endswith(reply)
    assert front.accepted == [(CANDIDATE, (BOT,), data)]
    assert front.outside == {}


async def test_a_received_header_records_the_arrival_time_from_the_clock(
    front: SmtpFront, mailboxes: Mailboxes
) -> None:
    await submit(front, CANDIDATE, [BOT], eml("candidate_reply"))

    [(_, data)] = mailboxes.boxes[BOT]
    assert data.startswith(b"Received: from client.test ([127.0.0.1])\r\n")
    received = parse(data)["Received"]
    assert f"for <{BOT}>" in received
    assert received.endswith("; Mon, 05 Jan 2026 09:00:00 +0000")


async def test_mail_for_other_domains_is_kept_in_outside(front: SmtpFront) -> None:
    request = eml("request_to_candidate")

    await submit(front, BOT, [CANDIDATE, "lee@example.net"], request)

    assert set(front.outside) == {CANDIDATE, "lee@example.net"}
    assert front.outside[CANDIDATE][0].endswith(request)
    # One Received header without "for": the message had several recipients.
    assert b"\r\n\tfor <" not in front.outside[CANDIDATE][0]


async def test_a_reject_domain_is_refused_at_rcpt_with_550_5_1_1(front: SmtpFront) -> None:
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=front.port, local_hostname="client.test") as client:
        await client.mail(BOT)
        with pytest.raises(aiosmtplib.SMTPRecipientRefused) as refused:
            await client.rcpt("gone@rejecting.test")

    assert refused.value.code == 550
    assert refused.value.message.startswith("5.1.1 <gone@rejecting.test>")
    assert front.accepted == []


async def test_a_bounce_domain_accepts_then_sends_an_rfc3464_report(
    front: SmtpFront, mailboxes: Mailboxes
) -> None:
    request = eml("request_to_dead_mailbox")

    await submit(front, BOT, ["gone@bounce.test"], request)

    assert front.outside == {}
    [(envelope_from, data)] = mailboxes.boxes[BOT]
    assert envelope_from == ""  # bounces travel with a null sender (RFC 5321 section 4.5.5)
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF line endings only
    report = parse(data)
    assert report.get_content_type() == "multipart/report"
    assert report.get_param("report-type") == "delivery-status"
    assert report["From"].addresses[0].username == "MAILER-DAEMON"
    assert report["To"] == BOT
    assert report["Auto-Submitted"] == "auto-replied"
    human, status, headers = report.iter_parts()
    assert "could not\r\nbe delivered to one or more recipients" in human.get_content()
    per_message, per_recipient = status_blocks(status)
    assert per_message["Reporting-MTA"] == "dns; mx.sandbox.test"
    assert per_recipient["Final-Recipient"] == "rfc822; gone@bounce.test"
    assert per_recipient["Action"] == "failed"
    assert per_recipient["Status"] == "5.1.1"
    assert per_recipient["Diagnostic-Code"].startswith("smtp; 550 5.1.1")
    assert headers.get_content_type() == "text/rfc822-headers"
    assert b"Message-ID: <req-2@sandbox.test>" in headers.get_payload(decode=True)


async def test_an_unknown_local_mailbox_bounces_to_the_sender(front: SmtpFront, mailboxes: Mailboxes) -> None:
    await submit(front, BOT, ["nobody@sandbox.test"], eml("request_to_candidate"))

    [(_, data)] = mailboxes.boxes[BOT]
    _, status, _ = parse(data).iter_parts()
    assert status_blocks(status)[1]["Final-Recipient"] == "rfc822; nobody@sandbox.test"


async def test_a_bounce_for_an_outside_sender_lands_in_outside(front: SmtpFront) -> None:
    await submit(front, CANDIDATE, ["gone@bounce.test"], eml("candidate_reply"))

    [dsn] = front.outside[CANDIDATE]
    assert parse(dsn).get_content_type() == "multipart/report"


async def test_mail_with_a_null_sender_is_never_bounced(front: SmtpFront, mailboxes: Mailboxes) -> None:
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=front.port, local_hostname="client.test") as client:
        await client.sendmail("", ["gone@bounce.test"], eml("request_to_dead_mailbox"))

    assert front.accepted[0][0] == ""
    assert mailboxes.boxes[BOT] == []
    assert front.outside == {}


async def test_fail_next_scripts_transient_failures_then_recovers(front: SmtpFront) -> None:
    front.fail_next(2)
    outcomes = []
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=front.port, local_hostname="client.test") as client:
        for _ in range(3):
            try:
                await client.sendmail(BOT, [CANDIDATE], eml("request_to_candidate"))
                outcomes.append("250")
            except aiosmtplib.SMTPSenderRefused as refused:
                outcomes.append(f"{refused.code} {refused.message}")

    assert outcomes == ["451 try later", "451 try later", "250"]
    assert len(front.outside[CANDIDATE]) == 1


async def test_stop_drops_open_connections_and_start_reuses_the_port(front: SmtpFront) -> None:
    port = front.port
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, local_hostname="client.test")
    await client.connect()

    await front.stop()
    with pytest.raises(aiosmtplib.SMTPServerDisconnected):
        await client.noop()
    assert await front.start() == port

    await submit(front, BOT, [CANDIDATE], eml("request_to_candidate"))
    assert front.connections == 2


@pytest.mark.parametrize(
    ("recipient", "where"),
    [
        (BOT, "local mailbox"),
        ("nobody@sandbox.test", "bounce to sender"),
        ("gone@bounce.test", "bounce to sender"),
        ("someone@example.org", "outside"),
    ],
)
async def test_routing_by_recipient_domain(
    front: SmtpFront, mailboxes: Mailboxes, recipient: str, where: str
) -> None:
    sender = "sender@sandbox.test"
    mailboxes.boxes[sender] = []

    await submit(front, sender, [recipient], eml("request_to_candidate"))

    landed = {
        "local mailbox": bool(mailboxes.boxes[BOT]),
        "bounce to sender": bool(mailboxes.boxes[sender]),
        "outside": bool(front.outside),
    }
    assert [name for name, yes in landed.items() if yes] == [where]
