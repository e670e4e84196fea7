"""Which recipients a failure report says could not be reached."""

from __future__ import annotations

import re

from bot.mail.headers import parse_header_block
from bot.mail.mime import Entity

_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,250}[A-Za-z0-9])?")
_RECIPIENT_FIELDS = ("final-recipient", "original-recipient", "x-actual-recipient")
# Where the returned copy of our own message begins in a non-standard report; addresses after this
# are the original headers (ours), not failed recipients.
_RETURNED_COPY = re.compile(
    r"^\s*(-{2,}.*(original message|returned message|message header|headers? follow|below this line).*"
    r"|original message headers|.*text of the message follows.*|received: )",
    re.IGNORECASE | re.MULTILINE,
)
_NOT_RECIPIENTS = ("mailer-daemon", "postmaster")


def bounced_addresses(root: Entity, body_text: str, failed_header: str | None, own: set[str]) -> tuple[str, ...]:
    """Final-Recipient / Original-Recipient of a delivery-status part (RFC 3464 §2.3), else
    X-Failed-Recipients, else addresses named in the report text before the returned copy."""
    found = _from_delivery_status(root)
    if not found and failed_header:
        found = [a.lower() for a in _ADDRESS.findall(failed_header)]
    if not found:
        copy = _RETURNED_COPY.search(body_text)
        report = body_text[: copy.start()] if copy else body_text
        found = [a.lower() for a in _ADDRESS.findall(report[:20000])]
    out: list[str] = []
    for addr in found:
        addr = addr.strip(".").lower()
        if addr not in out and addr not in own and not addr.startswith(_NOT_RECIPIENTS):
            out.append(addr)
    return tuple(out)


def _from_delivery_status(root: Entity) -> list[str]:
    out: list[str] = []
    for entity in root.walk():
        if entity.content_type not in ("message/delivery-status", "message/global-delivery-status"):
            continue
        # The status body is a series of header blocks (per-message, then one per recipient).
        for key, value in parse_header_block(entity.payload().replace(b"\r\n\r\n", b"\r\n").replace(b"\n\n", b"\n")):
            if key in _RECIPIENT_FIELDS:
                out.extend(_ADDRESS.findall(value.partition(";")[2] or value))
    return out
