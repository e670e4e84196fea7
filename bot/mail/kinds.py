"""What a message is: a bounce, an automatic reply, or a person's reply.

Bounces are checked first because failure reports also carry auto-reply headers. Each guard is a
small function named after what it detects; the pattern lists live in data/kinds.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.mail.message import MailKind
from bot.mail.patterns import compile_all, fill, load


@dataclass(frozen=True, slots=True)
class MailFacts:
    """What the guards may look at, gathered once by the parser."""

    headers: tuple[tuple[str, str], ...]
    from_addr: str
    from_name: str
    subject: str
    content_type: str
    report_type: str
    part_types: frozenset[str]
    body_text: str

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key == name:
                return value
        return None


@dataclass(frozen=True, slots=True)
class _Patterns:
    daemon_locals: frozenset[str]
    daemon_names: re.Pattern[str]
    bounce_subject: re.Pattern[str]
    bounce_body: re.Pattern[str]
    precedence: frozenset[str]
    marker_headers: frozenset[str]
    auto_subject: re.Pattern[str]
    noreply: tuple[re.Pattern[str], ...]


# Tags and reply prefixes before the words that tell what a subject is about.
_SUBJECT_PREFIX = r"^\s*(?:\[[^\]]{0,60}\]\s*|\*+\s*)*"


@cache
def _patterns() -> _Patterns:
    bounce, auto = load("kinds")["bounce"], load("kinds")["auto_reply"]
    return _Patterns(
        daemon_locals=frozenset(bounce["sender_local_parts"]),
        daemon_names=re.compile(fill(r"^\W*(?:<PHRASES>)\W*$", bounce["sender_names"]), re.IGNORECASE),
        bounce_subject=re.compile(fill(r"(?:<PHRASES>)", bounce["subjects"]), re.IGNORECASE),
        bounce_body=re.compile(fill(r"(?:<PHRASES>)", bounce["body_phrases"]), re.IGNORECASE),
        precedence=frozenset(auto["precedence"]),
        marker_headers=frozenset(auto["marker_headers"]),
        auto_subject=re.compile(_SUBJECT_PREFIX + fill(r"(?:<PHRASES>)\b", auto["subjects"]), re.IGNORECASE),
        noreply=compile_all(auto["noreply_local_parts_regex"]),
    )


def classify(facts: MailFacts) -> MailKind:
    if is_delivery_report(facts) or is_nonstandard_bounce(facts):
        return MailKind.BOUNCE
    if any(guard(facts) for guard in AUTO_REPLY_GUARDS):
        return MailKind.AUTO_REPLY
    return MailKind.REPLY


# -- bounces ---------------------------------------------------------------------------------------


def is_delivery_report(facts: MailFacts) -> bool:
    """RFC 3464 / RFC 6522: multipart/report with a message/delivery-status part. RFC 5965 abuse
    feedback reports (ARF) are also reports about our mail, not a person's answer."""
    if facts.report_type in ("delivery-status", "feedback-report"):
        return True
    return bool(facts.part_types & {"message/delivery-status", "message/global-delivery-status",
                                    "message/feedback-report"})


def is_nonstandard_bounce(facts: MailFacts) -> bool:
    """qmail, Exchange, Yahoo, Sendmail and friends without RFC 3464: at least two independent signs
    among a daemon sender (RFC 5321 §4.5.1 postmaster, MAILER-DAEMON), a failure subject, failure
    wording in the text and an X-Failed-Recipients header (Exim)."""
    p = _patterns()
    cheap = (
        is_from_mail_daemon(facts),
        bool(p.bounce_subject.search(facts.subject[:300])),
        facts.header("x-failed-recipients") is not None,
    )
    if sum(cheap) >= 2:
        return True
    # The body search is the costly sign: only worth it when it could make the second one.
    return sum(cheap) == 1 and bool(p.bounce_body.search(facts.body_text[:20000]))


def is_from_mail_daemon(facts: MailFacts) -> bool:
    p = _patterns()
    local = facts.from_addr.partition("@")[0]
    return local in p.daemon_locals or bool(p.daemon_names.match(facts.from_name)) or facts.from_addr == ""


# -- automatic replies -------------------------------------------------------------------------------


def is_auto_submitted(facts: MailFacts) -> bool:
    """RFC 3834 §5: any Auto-Submitted value other than "no" marks a message sent by a machine."""
    value = facts.header("auto-submitted")
    return value is not None and value.strip().lower().split(";")[0].strip() not in ("", "no")


def has_autoreply_header(facts: MailFacts) -> bool:
    """Vendor headers (X-Autoreply, X-Autorespond, ...) that only automatic answers carry."""
    names = _patterns().marker_headers
    return any(key in names for key, _ in facts.headers)


def has_bulk_precedence(facts: MailFacts) -> bool:
    """Precedence: auto_reply / bulk / junk / list (RFC 2076; RFC 3834 §3.1.8 says never answer these)."""
    value = (facts.header("precedence") or "").strip().lower()
    return value in _patterns().precedence


def suppresses_auto_responses(facts: MailFacts) -> bool:
    """Exchange puts X-Auto-Response-Suppress on the out-of-office answers it generates ([MS-OXCMAIL])."""
    value = (facts.header("x-auto-response-suppress") or "").lower()
    return any(word in value for word in ("all", "oof", "autoreply"))


def has_out_of_office_subject(facts: MailFacts) -> bool:
    """"Out of Office", "Automatic reply", "Abwesenheitsnotiz", "Réponse automatique", ..."""
    return bool(_patterns().auto_subject.match(facts.subject[:300]))


def is_from_noreply_address(facts: MailFacts) -> bool:
    """noreply@ / do-not-reply@ senders are systems, never a candidate writing back."""
    local = facts.from_addr.partition("@")[0]
    return any(p.match(local) for p in _patterns().noreply)


def is_read_receipt(facts: MailFacts) -> bool:
    """RFC 8098 message disposition notifications ("read receipts") are sent by the client."""
    return facts.report_type == "disposition-notification"


# The order only matters for readability: any one guard makes the message an automatic reply.
AUTO_REPLY_GUARDS = (
    is_auto_submitted,
    has_autoreply_header,
    has_bulk_precedence,
    suppresses_auto_responses,
    has_out_of_office_subject,
    is_from_noreply_address,
    is_read_receipt,
)
