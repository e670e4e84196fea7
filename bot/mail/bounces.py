"""Which recipients a failure report says could not be reached."""

from __future__ import annotations

import re

from bot.mail.headers import parse_header_block
from bot.mail.kinds import MailFacts, is_delay_warning
from bot.mail.mime import Entity

_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,250}[A-Za-z0-9])?")
_RECIPIENT_FIELDS = ("final-recipient", "original-recipient", "x-actual-recipient")
# Which of a recipient block's fields names the address we sent to, best first.
_PREFERRED_FIELDS = ("original-recipient", "final-recipient", "x-actual-recipient")
# Where the returned copy of our own message begins in a non-standard report; addresses after this
# are the original headers (ours), not failed recipients.
_RETURNED_COPY = re.compile(
    r"^[ \t]*+(?:-{2,}+[^\n]{0,200}?(?:original message|returned message|message header|headers? follow"
    r"|below this line)|original message (?:headers|follows)|[^\n]{0,200}?text of the message follows"
    r"|[^\n]{0,200}?(?:original|unsent|undelivered|returned) message\b[^\n]{0,40}?\b(?:follows?|below)\b"
    r"|content-type:[ \t]*+message/rfc822|received: )",
    re.IGNORECASE | re.MULTILINE,
)
# "did not reach the following recipient(s):", "could not be delivered to the following addresses": the
# failed recipients come after these words; the report's own summary of our message (its To: and Cc:
# lines, as Exchange's "Your message ... To: the list") comes before.
_FOLLOWING = re.compile(
    r"\b(?:following|these)[ \t]++(?:e-?mail[ \t]++)?(?:recipients?(?:\(s\))?|address(?:es|\(es\))?|users?"
    r"|destinations?)\b", re.IGNORECASE)
# X.400 and Exchange write the address as an attribute ("dda:SMTP=jane@x.org"); some quote it ('jane@x.org').
_ADDRESS_PREFIX = re.compile(r"^(?:smtp|rfc822)=", re.IGNORECASE)
# Reports name the failed recipients first; a long returned copy is not read.
_REPORT_CHARS = 20000
_NOT_RECIPIENTS = ("mailer-daemon", "postmaster")


def bounced_addresses(root: Entity, body_text: str, failed_header: str | None, own: set[str],
                      recipients: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Final-Recipient / Original-Recipient of a delivery-status part (RFC 3464 §2.3), else
    X-Failed-Recipients, else addresses named in the report text before the returned copy.
    ``own``: the report's sender. ``recipients``: whom the report was sent to (us); the report text
    and the returned copy's headers name that address too, and it never failed."""
    found = _from_delivery_status(root)
    if not found and failed_header:
        found = [a.lower() for a in _ADDRESS.findall(failed_header)]
    skip = {_without_tag(a) for a in own}
    if not found:
        head = body_text[:_REPORT_CHARS]
        copy = _RETURNED_COPY.search(head)
        report = head[: copy.start()] if copy else head
        following = _FOLLOWING.search(report)
        named_after = _ADDRESS.findall(report, following.end()) if following else []
        found = [a.lower() for a in (named_after or _ADDRESS.findall(report))]
        skip |= {_without_tag(a) for a in recipients}
    out: list[str] = []
    for addr in found:
        addr = _ADDRESS_PREFIX.sub("", addr.strip(".'").lower())
        if addr not in out and _without_tag(addr) not in skip and not addr.startswith(_NOT_RECIPIENTS):
            out.append(addr)
    return tuple(out)


def _without_tag(addr: str) -> str:
    local, at, domain = addr.lower().partition("@")
    return local.partition("+")[0] + at + domain


# RFC 3464 §2.3.3: a recipient's Action is "failed", "delayed", "delivered", "relayed" or "expanded". Only "failed"
# says the address could not be reached: "delayed" is a warning (still being retried), the other three report a
# success (RFC 3461 NOTIFY=SUCCESS, or a relay to a system that sends no reports).
_NOT_FAILED = frozenset({"delayed", "delivered", "relayed", "expanded"})


def is_only_delayed(root: Entity, facts: MailFacts) -> bool:
    """The report names no failure: every recipient's Action is "delayed" or a success (RFC 3464 §2.3.3), or,
    without a status part, the report's words say delivery is late (``is_delay_warning``)."""
    actions = {value.strip().lower() for key, value in _status_fields(root) if key == "action"}
    return actions <= _NOT_FAILED if actions else is_delay_warning(facts)


def _from_delivery_status(root: Entity) -> list[str]:
    """One address per recipient block (RFC 3464 §2.3): Original-Recipient, the address as we gave it,
    before Final-Recipient, which a receiving system may have rewritten to an internal alias; when some
    recipients failed and others are only delayed (or were delivered), the failed ones."""
    blocks = [b for b in _recipient_blocks(root) if any(k in b for k in _RECIPIENT_FIELDS)]
    failed = [b for b in blocks if b.get("action", "").strip().lower() == "failed"]
    out: list[str] = []
    for block in failed or blocks:
        # The first of them that holds an Internet address (an X.400 Final-Recipient holds none).
        for key in _PREFERRED_FIELDS:
            value = block.get(key, "")
            found = _ADDRESS.findall(value.partition(";")[2] or value)
            if found:
                out.append(found[0])
                break
    return out


_BLOCK_BREAK = re.compile(rb"\r?\n[ \t]*+\r?\n")


def _recipient_blocks(root: Entity) -> list[dict[str, str]]:
    """The field blocks of every delivery-status part, each as {field: first value}: the per-message block
    and then one per recipient."""
    out: list[dict[str, str]] = []
    for entity in root.walk():
        if entity.content_type not in ("message/delivery-status", "message/global-delivery-status"):
            continue
        for chunk in _BLOCK_BREAK.split(entity.payload()):
            block: dict[str, str] = {}
            for key, value in parse_header_block(chunk):
                block.setdefault(key, value)
            if block:
                out.append(block)
    return out


def _status_fields(root: Entity) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for entity in root.walk():
        if entity.content_type not in ("message/delivery-status", "message/global-delivery-status"):
            continue
        # The status body is a series of header blocks (per-message, then one per recipient).
        out.extend(parse_header_block(entity.payload().replace(b"\r\n\r\n", b"\r\n").replace(b"\n\n", b"\n")))
    return out
