"""The frozen value every later stage works on: a message parsed once at the edge."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from bot.domain.quick_init import quick_init
from bot.domain.reasons import Reason


class MailKind(enum.StrEnum):
    """What a message is, decided from headers and structure (never from what it claims in prose)."""

    REPLY = "reply"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    OTHER = "other"


@quick_init
@dataclass(frozen=True, slots=True)
class ParsedMail:
    """Everything the pipeline and the evaluator may know about one message.

    Addresses are lower-cased bare addresses (``local@domain``). Header values are decoded
    (RFC 2047) strings. ``text`` is what a reader sees of the body (HTML reduced to visible
    text); ``reply_text`` is only the sender's own new words: no quotes, no signature.
    """

    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    from_addr: str
    from_name: str
    to_addrs: tuple[str, ...]
    # Every address the message was delivered to: To, Cc, Delivered-To, X-Original-To, Envelope-To.
    recipient_addrs: tuple[str, ...]
    subject: str
    date: datetime | None
    kind: MailKind
    text: str
    reply_text: str
    # Text present in the HTML but invisible to a reader (display:none, comments, zero-size...).
    hidden_text: str = ""
    # (quoted question, answer) for answers written between quoted questions: context, not evidence.
    answered_questions: tuple[tuple[str, str], ...] = ()
    # For bounces: the recipients the report says failed (RFC 3464 Final-Recipient etc.).
    bounced_addrs: tuple[str, ...] = ()
    # For bounces: a report that names no failure, a delay warning (still being retried) or a success notice
    # (RFC 3464 Action: delivered, relayed, expanded); the address may yet work, or did.
    delivery_delayed: bool = False
    # Raw header pairs as (lower-cased name, decoded value), in order, for guards that need them.
    headers: tuple[tuple[str, str], ...] = ()
    size_bytes: int = 0
    # Set when the message could not be fully parsed; the value is still usable (kind OTHER).
    error: str | None = None
    notes: tuple[str, ...] = field(default=())
    # Set when the message must be refused whatever else it says (a forged-looking From: Mailsploit,
    # two From headers, several mailboxes); the pipeline's first stages raise it. from_addr is "" then.
    refusal: Reason | None = None
    refusal_detail: str = ""
    # The plain and HTML alternatives say different things (the plain part is read): review, never pass.
    parts_disagree: bool = False
    # The HTML read as the reply has style past what was read, so some of its text may be hidden from a
    # reader: review, never pass (issue 10 item 11). Says why, or "".
    style_unchecked: str = ""
    # Some of the reply's own text is out of a reader's sight, below a screen of blank lines or space (issue
    # 10 item 11): review, never pass. Says why, or "".
    out_of_sight: str = ""
    # The reply's text is a forward of a message another author wrote, with nothing written above it: someone
    # else's words, never the sender's answer (issue 10, red team). Says why, or "".
    forwarded: str = ""
    # Pictures a reader sees with the reply's own words (in its new text, or sent as parts of their own), whose
    # content is not read: an answer, or a retraction, may be in them (issue 10, red team).
    pictures: int = 0

    def header(self, name: str) -> str | None:
        """First value of a header, or None."""
        wanted = name.lower()
        for key, value in self.headers:
            if key == wanted:
                return value
        return None

    def header_all(self, name: str) -> tuple[str, ...]:
        wanted = name.lower()
        return tuple(value for key, value in self.headers if key == wanted)
