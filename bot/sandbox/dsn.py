"""RFC 3464 delivery status notifications, shaped like the ones Postfix sends.

The bot's bounce guard must recognise real bounces, so the sandbox produces the same structure a
real MTA does: multipart/report (RFC 6522) with a human part, a message/delivery-status part and
the original headers as text/rfc822-headers. Built as bytes with CRLF because the IMAP sandbox
stores exactly what it is given.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime

CRLF = b"\r\n"

# The human-readable part; {host} is the reporting MTA. Kept close to Postfix's wording so the
# sandbox bounces look like the ones admins see in production.
NOTICE = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system
"""


@dataclass(frozen=True, slots=True)
class FailedRecipient:
    address: str
    status: str  # RFC 3463 enhanced status code, e.g. "5.1.1"
    diagnostic: str  # the remote server's reply, e.g. "550 5.1.1 <x@y>: User unknown"
    remote_mta: str = ""


def header_block(message: bytes) -> bytes:
    """The original message's header section (without the blank line), CRLF line endings."""
    normalised = message.replace(b"\r\n", b"\n").replace(b"\n", CRLF)
    end = normalised.find(CRLF + CRLF)
    return normalised if end < 0 else normalised[:end]


def build_dsn(
    *,
    reporting_host: str,
    envelope_to: str,
    failed: Sequence[FailedRecipient],
    original: bytes,
    arrival: datetime,
    now: datetime,
) -> bytes:
    """A complete bounce message for ``failed`` recipients of ``original``, addressed to its sender."""
    boundary = f"{secrets.token_hex(8)}.{reporting_host}"
    message_id = f"<{secrets.token_hex(12)}@{reporting_host}>"
    head = [
        f"Date: {format_datetime(now)}",
        f"From: Mail Delivery System <MAILER-DAEMON@{reporting_host}>",
        f"To: {envelope_to}",
        "Subject: Undelivered Mail Returned to Sender",
        f"Message-ID: {message_id}",
        # RFC 3834: marks the message as automatic so nobody auto-replies to it.
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"',
        "",
        "This is a MIME-encapsulated message.",
        "",
    ]
    parts = [
        _part(
            "Notification",
            "text/plain; charset=us-ascii",
            _lines(NOTICE.format(host=reporting_host)) + _diagnostics(failed),
        ),
        _part("Delivery report", "message/delivery-status", _status_fields(reporting_host, failed, arrival)),
        _part("Undelivered Message Headers", "text/rfc822-headers", header_block(original) + CRLF),
    ]
    out = _lines("\n".join(head))
    for part in parts:
        out += f"--{boundary}".encode() + CRLF + part + CRLF
    return out + f"--{boundary}--".encode() + CRLF


def _status_fields(host: str, failed: Sequence[FailedRecipient], arrival: datetime) -> bytes:
    # RFC 3464 section 2.2: per-message fields, then one block per recipient, blocks separated by blank lines.
    blocks = [f"Reporting-MTA: dns; {host}\nArrival-Date: {format_datetime(arrival)}"]
    for rcpt in failed:
        fields = [
            f"Final-Recipient: rfc822; {rcpt.address}",
            f"Original-Recipient: rfc822; {rcpt.address}",
            "Action: failed",
            f"Status: {rcpt.status}",
        ]
        if rcpt.remote_mta:
            fields.append(f"Remote-MTA: dns; {rcpt.remote_mta}")
        fields.append(f"Diagnostic-Code: smtp; {rcpt.diagnostic}")
        blocks.append("\n".join(fields))
    return _lines("\n\n".join(blocks))


def _diagnostics(failed: Sequence[FailedRecipient]) -> bytes:
    text = "\n".join(f"<{rcpt.address}>: {rcpt.diagnostic}" for rcpt in failed)
    return CRLF + _lines(text)


def _part(description: str, content_type: str, body: bytes) -> bytes:
    # The blank line (bare CRLF) separates the part's headers from its body.
    return _lines(f"Content-Description: {description}\nContent-Type: {content_type}") + CRLF + body


def _lines(text: str) -> bytes:
    """Text to bytes with every line ending in CRLF."""
    return b"".join(line.encode("utf-8") + CRLF for line in text.rstrip("\n").split("\n"))
