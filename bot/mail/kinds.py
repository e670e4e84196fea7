"""What a message is: a bounce, an automatic reply, or a person's reply.

Bounces are checked first because failure reports also carry auto-reply headers (Precedence: bulk,
Auto-Submitted): bounce evidence outranks weak auto-reply evidence. A report without RFC 3464
structure is recognised by independent signs, not by one MTA's wording: it says delivery failed
(subject, wording in many languages, an SMTP diagnostic) and a mail system sent it (daemon sender,
null envelope, machine headers, a returned copy). A delay warning is a bounce kind too: a mail
system's report, never a person's reply (``is_delay_warning`` tells it apart from a failure).
Each guard is a small function named after what it detects; the pattern lists live in data/kinds.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.domain.quick_init import quick_init
from bot.mail.message import MailKind
from bot.mail.patterns import after_first_letters, compile_all, grouped_alternation, grouped_fill, load, phrase_pieces


@quick_init
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
    returned_copy: re.Pattern[str]
    delay: re.Pattern[str]
    precedence: frozenset[str]
    marker_headers: frozenset[str]
    auto_subject: re.Pattern[str]
    auto_subject_ambiguous: re.Pattern[str]
    away: re.Pattern[str]
    notice_closing: re.Pattern[str]
    notice_closing_lowered: re.Pattern[str]
    notice_closing_lowered_other: re.Pattern[str]
    notice_closing_pieces: tuple[str, ...]  # phrase_pieces of the two: a text holding none is not searched
    notice_closing_pieces_other: tuple[str, ...]
    receipt_subject: re.Pattern[str]
    receipt_text: re.Pattern[str]
    auto_subject_anywhere: re.Pattern[str]
    noreply: tuple[re.Pattern[str], ...]
    challenge: re.Pattern[str]
    self_declared: re.Pattern[str]


# Tags and reply prefixes before the words that tell what a subject is about.
_SUBJECT_PREFIX = r"^\s*+(?:\[[^\]]{0,60}\]\s*+|\*++\s*+)*+"
# A subject that answers another message ("Re: Undeliverable invoice") is a person's, not a report's.
_REPLY_SUBJECT = re.compile(r"^\s*+(?:re|aw|sv|vs|antw|rif|r|odp|ynt|ответ|答复|回复)\s*+(?:\[\d{1,3}\])?\s*+[:：]",
                            re.IGNORECASE)
# RFC 3463 enhanced status codes (class 4 or 5), an SMTP reply code (RFC 5321 §4.2.3) opening a
# transcript line, or one quoted after "said:" / "error". Each branch is bounded: no nested repeats.
_SMTP_CODE = r"(?:421|45[0-5]|50[0-4]|55[0-6])"
_DIAGNOSTIC = re.compile(
    r"(?<![\w.])[45]\.[0-7]\.\d{1,3}(?![\w.])"
    r"|^[ \t>]{0,8}(?:<<<|>>>)?[ \t]{0,4}" + _SMTP_CODE + r"[ -](?:[45]\.\d|<|[^\n]{0,60}?"
    r"\b(?:user|mailbox|recipient|address|rejected|denied|unknown|invalid|relay|quota|blocked|refused"
    r"|unavailable|requested|sender|access|policy|spam|host|domain|not)\b)"
    r"|\b(?:said|reply|response|error|status|code)\W{1,3}" + _SMTP_CODE + r"(?!\d)",
    re.IGNORECASE | re.MULTILINE,
)
# Where a report returns a copy of the original: attached (RFC 3464 §2, RFC 6533) or inline.
_RETURNED_PART_TYPES = frozenset({"message/rfc822", "text/rfc822-headers", "message/rfc822-headers",
                                  "message/global", "message/global-headers"})
# Only the start of a long body is searched: reports put their wording first.
_BODY_CHARS = 20000
# A listed phrase stands on its own: no letter of the same word right before or after it. Thai, Chinese,
# Japanese and Korean run words together (Korean endings attach to the stem: "전송하지 못했습니다"), so a
# letter of those scripts is no word boundary to miss: "邮件无法投递" holds "无法投递" as a phrase.
_UNSPACED = r"\u0E00-\u0E7F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F"
# Nor is a digit, next to a phrase of those scripts: "将休假至12月14日" holds "休假至" (a Latin phrase still stands
# apart from digits: "auto1" is no "auto").
_NOT_ALONE = rf"[^\W{_UNSPACED}]"  # a letter of the same word
_ALONE_BEFORE = rf"(?<![^\W\d{_UNSPACED}])(?:(?<!\d)|(?=[{_UNSPACED}]))"
_ALONE_AFTER = rf"(?![^\W\d{_UNSPACED}])(?:(?<=[{_UNSPACED}])|(?!\d))"
_PHRASES_ALONE = _ALONE_BEFORE + "(?:<PHRASES>)" + _ALONE_AFTER


@cache
def _patterns() -> _Patterns:
    bounce, auto = load("kinds")["bounce"], load("kinds")["auto_reply"]
    return _Patterns(
        daemon_locals=frozenset(map(_unseparated, bounce["sender_local_parts"])),
        daemon_names=re.compile(grouped_fill(_PHRASES_ALONE, bounce["sender_name_words"]), re.IGNORECASE),
        bounce_subject=re.compile(grouped_fill(_ALONE_BEFORE + "(?:<PHRASES>)", bounce["subjects"]),
                                  re.IGNORECASE),
        bounce_body=re.compile(grouped_fill(_ALONE_BEFORE + "(?:<PHRASES>)", bounce["body_phrases"]),
                               re.IGNORECASE),
        returned_copy=re.compile(
            grouped_fill(r"^[ \t>|*=_-]{0,80}(?:<PHRASES>)|^received:[ \t]++from[ \t]",
                         bounce["returned_copy_markers"]),
            re.IGNORECASE | re.MULTILINE),
        delay=re.compile(grouped_fill(r"(?:<PHRASES>)", bounce["delay_phrases"]), re.IGNORECASE),
        precedence=frozenset(auto["precedence"]),
        marker_headers=frozenset(auto["marker_headers"]),
        auto_subject=re.compile(_SUBJECT_PREFIX + grouped_fill("(?:<PHRASES>)" + _ALONE_AFTER, auto["subjects"]),
                                re.IGNORECASE),
        auto_subject_ambiguous=re.compile(
            _SUBJECT_PREFIX + grouped_fill("(?:<PHRASES>)" + _ALONE_AFTER, auto["subjects_ambiguous"]), re.IGNORECASE),
        away=re.compile(grouped_fill(_PHRASES_ALONE, auto["away_phrases"]), re.IGNORECASE),
        notice_closing=re.compile(grouped_fill(_PHRASES_ALONE, auto["notice_closings"]), re.IGNORECASE),
        # The same phrases as plain lower-case words, read over the lowered text first: no case step and no
        # look-behind at every character (a fifth of the time), and most replies hold none of them.
        # An ASCII text (most replies) is read for the ASCII phrases only.
        notice_closing_lowered=re.compile(grouped_alternation([c.lower() for c in auto["notice_closings"]
                                                               if c.isascii()])),
        notice_closing_lowered_other=re.compile(grouped_alternation([c.lower() for c in auto["notice_closings"]
                                                                     if not c.isascii()])),
        notice_closing_pieces=phrase_pieces([c.lower() for c in auto["notice_closings"] if c.isascii()]),
        notice_closing_pieces_other=phrase_pieces([c.lower() for c in auto["notice_closings"] if not c.isascii()]),
        receipt_subject=re.compile(_SUBJECT_PREFIX + grouped_fill("(?:<PHRASES>)", auto["receipt_subjects"])
                                   + r"[ \t]*+(?:[:：]|$)", re.IGNORECASE),
        receipt_text=re.compile(grouped_fill(_ALONE_BEFORE + "(?:<PHRASES>)", auto["receipt_phrases"]), re.IGNORECASE),
        auto_subject_anywhere=re.compile(grouped_fill(_PHRASES_ALONE, auto["subjects_anywhere"]),
                                         re.IGNORECASE),
        noreply=compile_all(auto["noreply_local_parts_regex"]),
        # Searched in the first 3,000 characters of every reply: written to be tried only where a phrase's first
        # letter stands (a look-behind first had the engine try every phrase group at every character).
        challenge=re.compile(after_first_letters(_NOT_ALONE, auto["challenge_phrases"])),
        # A sentence that opens with it: the text's first, or one after a greeting or a thank-you.
        self_declared=re.compile(grouped_fill(r"(?:^|[.!?。！]|\n)[ \t\n]*+(?:<PHRASES>)", auto["self_declared"]),
                                 re.IGNORECASE),
    )


def classify(facts: MailFacts) -> MailKind:
    if is_delivery_report(facts):
        return MailKind.AUTO_REPLY if is_filter_notice_in_report_form(facts) else MailKind.BOUNCE
    evidence = bounce_evidence(facts)
    # Strong auto-reply evidence (an out-of-office subject) outranks wording alone: a vacation
    # notice may say the message "was not delivered" to its owner. It never outranks a mail-system
    # sender, an X-Failed-Recipients header or an SMTP diagnostic.
    if evidence.is_bounce and (evidence.strong or not has_out_of_office_subject(facts)):
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


@quick_init
@dataclass(frozen=True, slots=True)
class BounceEvidence:
    """Signs that a report without RFC 3464 structure (qmail, Exchange 2003, Lotus, AOL, Yahoo,
    antivirus gateways, old MTAs) is a failure report.

    ``failure``: it says delivery failed (subject, wording, an SMTP diagnostic, X-Failed-Recipients).
    ``machine``: a mail system sent it (daemon or no-reply sender, null envelope, Auto-Submitted, a returned
    copy of the original). ``bulk``: Precedence bulk/junk/list, the weakest machine sign.
    """

    failure: int
    machine: int
    bulk: bool
    subject: bool
    strong: bool

    @property
    def is_bounce(self) -> bool:
        if not self.failure or self.failure + self.machine + self.bulk < 2:
            return False
        # Wording alone is not enough: a person may quote an SMTP error in their answer, a helpdesk
        # says "the page does not exist" under Precedence: bulk. It takes a machine sign, a failure
        # subject, or Precedence: bulk with two independent failure signs.
        return bool(self.machine or self.subject or (self.bulk and self.failure >= 2))


def bounce_evidence(facts: MailFacts) -> BounceEvidence:
    p = _patterns()
    subject = has_failure_subject(facts)
    answering = not subject and has_failure_after_answered_subject(facts)
    failed_header = facts.header("x-failed-recipients") is not None
    daemon = is_from_mail_daemon(facts)
    bulk = has_bulk_precedence(facts)
    # A no-reply sender is a system's (a security gateway reports a rejection from one), never a person's.
    machine_headers = (daemon, failed_header, has_null_envelope(facts), is_auto_submitted(facts),
                       is_from_noreply_address(facts), bool(facts.part_types & _RETURNED_PART_TYPES))
    if is_persons_forward(facts) and not any(machine_headers[:5]):
        # "Fwd: Undelivered Mail ..." from a person: the report it passes on is attached, the text is theirs.
        return BounceEvidence(failure=0, machine=0, bulk=False, subject=False, strong=False)
    if not (subject or answering or bulk or any(machine_headers)):
        # Every report carries one of these; a person's reply carries none, and its body (often a
        # long quoted thread) is then not searched at all.
        return BounceEvidence(failure=0, machine=0, bulk=False, subject=False, strong=False)
    body = facts.body_text[:_BODY_CHARS]
    diagnostic = bool(_DIAGNOSTIC.search(body))
    wording = bool(p.bounce_body.search(body))
    # A mail system's subject in words the subject list lacks but the text's list holds ("Mailbox full",
    # "配信できませんでした"): from a mail system (a daemon's address or name, X-Failed-Recipients, a null envelope),
    # whose subject no person wrote, the failure wording is the failure subject. Never from anyone else: a person
    # may title a message "Does not exist", a shop's no-reply notice "Your parcel could not be delivered".
    subject = subject or (not answering and any(machine_headers[:3]) and not _REPLY_SUBJECT.match(facts.subject[:300])
                          and p.bounce_body.search(facts.subject[:300]) is not None)
    # A gateway's notice that answers the message it returns counts as a failure subject when its text says
    # delivery failed too and names the address that failed (a person writing about a failure seldom does both).
    subject = subject or (answering and wording and _NAMED_ADDRESS.search(body[:_ADDRESS_CHARS]) is not None)
    failure = sum((subject, failed_header, diagnostic, wording))
    inline_copy = not machine_headers[-1] and bool(p.returned_copy.search(body))
    return BounceEvidence(failure=failure, machine=sum(machine_headers) + inline_copy, bulk=bulk, subject=subject,
                          strong=daemon or failed_header or diagnostic)


# A person's forward: "Fwd:", "Fw:", and the forward prefixes mail clients write in other languages (de "WG:", fr
# "TR:", es "RV:", nl "Doorst:", pt "ENC:", it "I:", pl "PD:", sv/da/no "VB:", fi "VL:", tr "İLT:", ru "Пересл:").
_FORWARD_SUBJECT = re.compile(r"^\s*+(?:fwd?|wg|tr|rv|doorst|enc|i|pd|vb|vl|ilt|i̇lt|пересл|转发|轉寄|전달)"
                              r"\s*+(?:\[\d{1,3}\])?\s*+[:：]", re.IGNORECASE)


def is_persons_forward(facts: MailFacts) -> bool:
    """The subject opens with a forward's prefix: a person passes on a message (a report too), not a mail system."""
    return _FORWARD_SUBJECT.match(facts.subject[:300]) is not None


def has_failure_subject(facts: MailFacts) -> bool:
    """"Undeliverable: ...", "failure delivery", "FAILED MAIL to ...", "Non-Delivery: ...", "Mail Delivery
    Problem", ... anywhere in the subject, unless the subject answers another message."""
    subject = facts.subject[:300]
    return not _REPLY_SUBJECT.match(subject) and bool(_patterns().bounce_subject.search(subject))


_NAMED_ADDRESS = re.compile(r"[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+)++")
_ADDRESS_CHARS = 2000
# Where the failure words of an answered subject may start: after a colon, a bracket or a spaced dash.
_SUBJECT_SEPARATOR = re.compile(r"[:：(\[]|\s[-–—]\s")


def has_failure_subject_after_reply(subject: str) -> bool:
    """"RE: Your message to the list : non remis (delivery failed)": a gateway answers the message it
    returns, its subject then the failure words closing it (after a colon, a bracket or a dash). A person who
    answers about a failure writes them first ("Re: delivery failed"), with no subject of their own before."""
    prefix = _REPLY_SUBJECT.match(subject)
    if prefix is None:
        return False
    rest = subject[prefix.end():]
    seps = list(_SUBJECT_SEPARATOR.finditer(rest))
    if not seps or not rest[: seps[-1].start()].strip(" \t:：([-–—"):
        return False
    tail = rest[seps[-1].end():]
    return len(tail) <= _MAX_FAILURE_TAIL and bool(_patterns().bounce_subject.search(tail))


_MAX_FAILURE_TAIL = 60


def has_failure_after_answered_subject(facts: MailFacts) -> bool:
    return has_failure_subject_after_reply(facts.subject[:300])


def is_from_mail_daemon(facts: MailFacts) -> bool:
    """RFC 5321 §4.5.1 postmaster, MAILER-DAEMON, and the names gateways and scanners sign with; an empty
    From ("From: <>"). A message with no From field at all says nothing about who sent it: a ticket form
    or a script that leaves it out is not a mail system."""
    p = _patterns()
    local = facts.from_addr.partition("@")[0]
    empty_from = facts.from_addr == "" and facts.header("from") is not None
    bare = _unseparated(local)
    return (empty_from or bare in p.daemon_locals or bare.startswith(("mailerdaemon", "postmaster"))
            or bool(p.daemon_names.search(facts.from_name[:200])))


def _unseparated(local: str) -> str:
    """A local part without the separators mail systems write into their names in any of their ways: "post_master",
    "post-master", "mailer_daemon", "mailer.daemon", "mail-delivery" are "postmaster", "mailerdaemon",
    "maildelivery"."""
    return local.lower().replace("_", "").replace("-", "").replace(".", "")


def has_null_envelope(facts: MailFacts) -> bool:
    """RFC 5321 §4.5.5: reports are sent with an empty reverse path, which delivery records as
    "Return-Path: <>". RFC 3834 §3.3 asks the same of automatic replies, so it is a machine sign only."""
    value = facts.header("return-path")
    return value is not None and value.strip().replace(" ", "") in ("<>", "")


def is_delay_warning(facts: MailFacts) -> bool:
    """A report that delivery is late but still being retried (RFC 3464 Action: delayed, Sendmail's
    "Warning: could not send message for past 4 hours", Gmail's "(Delay)"). Its kind is ``bounce``: a
    mail system's report, never a person's reply; it does not say the address failed."""
    p = _patterns()
    subject, head = facts.subject[:300], facts.body_text[:2000]
    if _PERMANENT.search(subject) or _PERMANENT_CODE.search(head):
        return False
    # A delay's subject ("Delivery Status Notification (Delay)", "Remise différée") outranks the text's "you will be
    # notified if the delivery fails permanently", which Gmail's delay notice says.
    if p.delay.search(subject):
        return True
    return _PERMANENT.search(head) is None and p.delay.search(head) is not None


# A final failure may mention earlier delays; these words say the mail system has given up.
_PERMANENT_CODE = re.compile(r"(?<![\w.])5\.[0-7]\.\d{1,3}")
_PERMANENT = re.compile(r"(?<![\w.])5\.[0-7]\.\d{1,3}|permanent|given up|giving up|fatal",
                        re.IGNORECASE)


# -- automatic replies -------------------------------------------------------------------------------


def is_auto_submitted(facts: MailFacts) -> bool:
    """RFC 3834 §5: any Auto-Submitted value other than "no" marks a message sent by a machine."""
    value = facts.header("auto-submitted")
    return value is not None and value.strip().lower().split(";")[0].strip() not in ("", "no")


def has_autoreply_header(facts: MailFacts) -> bool:
    """Vendor headers (X-Autoreply, X-Autorespond, ...) that only automatic answers carry, and the values some
    responders stamp on common ones ("X-POST-MessageClass: 9; Autoresponder", "Delivered-To: Autoresponder")."""
    names = _patterns().marker_headers
    if any(key in names for key, _ in facts.headers):
        return True
    if "autoresponder" in (facts.header("x-post-messageclass") or "")[:200].lower():
        return True
    return any(key == "delivered-to" and value.strip().lower() == "autoresponder" for key, value in facts.headers)


def _precedence(facts: MailFacts) -> str:
    """Precedence, or X-Precedence where a mail system writes its value under that name instead."""
    return (facts.header("precedence") or facts.header("x-precedence") or "").strip().lower()


def has_bulk_precedence(facts: MailFacts) -> bool:
    """Precedence: auto_reply / bulk / junk / list (RFC 2076; RFC 3834 §3.1.8 says never answer these)."""
    return _precedence(facts) in _patterns().precedence


def has_machine_precedence(facts: MailFacts) -> bool:
    """Precedence bulk / junk / list as an automatic reply's sign: not when the message came through a
    mailing list or a forwarder (``came_through_list_or_forwarder``), which adds that precedence to every post, nor
    on a newsletter (``is_bulk_mailing``).
    "Precedence: auto_reply" is always an automatic reply's."""
    if not has_bulk_precedence(facts):
        return False
    if _precedence(facts) in ("auto_reply", "auto-reply"):
        return True
    return not (came_through_list_or_forwarder(facts) or is_bulk_mailing(facts))


def is_bulk_mailing(facts: MailFacts) -> bool:
    """A newsletter or another mailing sent to many (RFC 2369 / RFC 8058 List-Unsubscribe) that answers no message
    (no In-Reply-To, no References): its Precedence: bulk says it went to many, not that it responds to ours (RFC 3834
    §3.1.8 names both uses). An automatic reply names the message it answers (RFC 3834 §3.1.5)."""
    return (facts.header("list-unsubscribe") is not None and facts.header("in-reply-to") is None
            and facts.header("references") is None)


# The envelope sender a list or a forwarder puts on what it relays: the list's owner or bounce address
# (Majordomo "owner-devs@" / "devs-owner@", LISTSERV and Mailman "devs-request@" / "devs-bounces@",
# VERP "devs-bounces+jane=x.org@") or an SRS-rewritten address (the Sender Rewriting Scheme a forwarder
# uses so SPF still passes: "SRS0=hash=tt=x.org=jane@forwarder.example").
_RELAY_SENDER = re.compile(r"^(?:owner-|srs[01][=+-])|-(?:owner|request|bounces?|admin)(?:[+=]|$)", re.IGNORECASE)


def came_through_list_or_forwarder(facts: MailFacts) -> bool:
    """A mailing list (RFC 2369 List-Post, RFC 2919 List-Id, or an older list that names itself only in
    Sender and Return-Path) or a forwarder relayed the message: it adds Precedence: bulk or list to every
    post it passes on, a person's included."""
    if facts.header("list-id") is not None or facts.header("list-post") is not None:
        return True
    for name in ("sender", "return-path"):
        value = facts.header(name) or ""
        local = value[: value.rfind("@")].rpartition("<")[2].strip().strip('"') if "@" in value[:400] else ""
        if local and _RELAY_SENDER.search(local[:200]):
            return True
    return False


def suppresses_auto_responses(facts: MailFacts) -> bool:
    """Exchange puts X-Auto-Response-Suppress on the out-of-office answers it generates ([MS-OXCMAIL])."""
    value = (facts.header("x-auto-response-suppress") or "").lower()
    return any(word in value for word in ("all", "oof", "autoreply"))


def has_out_of_office_subject(facts: MailFacts) -> bool:
    """"Out of Office", "Automatic reply", "Abwesenheitsnotiz", "Réponse automatique", ... at the start;
    Lotus Notes' "AUTO: Jane is out of the office" and the like anywhere. A word a person's subject may open
    with too ("Urlaub", "Away", "Absence") counts when it labels the subject (``labels_the_subject``) or the
    text says its author is away."""
    subject = facts.subject[:300]
    p = _patterns()
    if p.auto_subject.match(subject) or p.auto_subject_anywhere.search(subject) or has_bracketed_label(subject):
        return True
    word = p.auto_subject_ambiguous.match(subject)
    return word is not None and (labels_the_subject(subject, word.end()) or says_its_author_is_away(facts))


# A tag opening a subject: in square or round brackets, ASCII or full-width, or CJK lenticular brackets.
_LEADING_TAG = re.compile(r"[ \t]*+[\[(（【〔]([^\])）】〕\n]{1,60}+)[\])）】〕]")
_MAX_TAGS = 5


def has_bracketed_label(subject: str) -> bool:
    """A notice's label set in a tag before the subject it answers: "[Automatische Antwort] ...", "【自動返信】...",
    "(自動返信) ...", "[자동응답] ...", "[Absence] ...", after other tags too ("[EXT] [Abwesend] ...").
    A word a person's tag may hold too ("[Absence]", "[Urlaub bis 14.12.]") counts when it is the whole tag, a date
    it lasts to aside; "[Endorsement] ...", "[Vacation photos] ..." are a person's tags."""
    p = _patterns()
    pos = 0
    for _ in range(_MAX_TAGS):
        tag = _LEADING_TAG.match(subject, pos)
        if tag is None:
            # After tags the auto_subject prefix does not know (【EXT】), the label may open the rest.
            return pos > 0 and p.auto_subject.match(subject[pos:]) is not None
        label = tag.group(1).strip()
        if p.auto_subject.match(label):
            return True
        word = p.auto_subject_ambiguous.match(label)
        if word is not None and labels_the_subject(label, word.end()):
            return True
        pos = tag.end()
    return False


# What may follow a word that labels a subject: nothing, or a colon and the subject the notice answers; before
# them, a date the absence lasts to ("Urlaub bis 14.12.", "Absent until 14 December", "Vakantie tot 14 december"):
# a few words holding a digit.
_LABEL_END = re.compile(r"[ \t]*+[!.]?[ \t]*+(?:[:：]|$)")
_DATED_LABEL_END = re.compile(r"(?:[ \t,.'’/-]++[^\W_]{1,12}+){0,5}?[ \t,.'’/-]++\d[\d./-]{0,9}+"
                              r"(?:[ \t,.]++[^\W\d_]{1,12}+){0,2}(?:[ \t,.]++\d{2,4}+)?[ \t]*+[!.]?[ \t]*+(?:[:：]|$)")


def labels_the_subject(subject: str, end: int) -> bool:
    """"Urlaub", "Away!", "Fravær: Skills check", "En vacances : ...", "Urlaub bis 14.12.": the word stands alone, or
    before a colon, or with the date it lasts to. "Urlaub vorbei - meine Antworten", "Absence of tools?" go on with
    words of their own: a person's subject."""
    return _LABEL_END.match(subject, end) is not None or _DATED_LABEL_END.match(subject, end) is not None


# An out-of-office notice says its author is away in its first lines.
_AWAY_CHARS = 1500


def says_its_author_is_away(facts: MailFacts) -> bool:
    """"I am on vacation until 14 December", "Ich bin bis 14.12. im Urlaub" near the top of the text."""
    return _patterns().away.search(facts.body_text[:_AWAY_CHARS]) is not None


def is_from_noreply_address(facts: MailFacts) -> bool:
    """noreply@ / do-not-reply@ senders are systems, never a candidate writing back."""
    local = facts.from_addr.partition("@")[0]
    return any(p.match(local) for p in _patterns().noreply)


def is_read_receipt(facts: MailFacts) -> bool:
    """RFC 8098 message disposition notifications ("read receipts") are sent by the client: a report of that type,
    or a message/disposition-notification part whatever the report-type says (a client that leaves it out or
    misnames it, or sends the notification inside multipart/mixed)."""
    return (facts.report_type == "disposition-notification"
            or bool(facts.part_types & {"message/disposition-notification", "message/global-disposition-notification"}))


_RECEIPT_CHARS = 1500


def is_receipt_in_text(facts: MailFacts) -> bool:
    """A read or delivery receipt written as text, not as an RFC 8098 report: Outlook's "Read: <subject>" over "Your
    message ... was read on ...", "Gelesen:", "Lu :", Lotus Notes' "Return Receipt" over "... was received by ...".
    The subject's prefix alone could open a person's subject; the receipt's wording in its text makes it one."""
    p = _patterns()
    return (p.receipt_subject.match(facts.subject[:300]) is not None
            and p.receipt_text.search(facts.body_text[:_RECEIPT_CHARS]) is not None)


_LINK = re.compile(r"https?://", re.IGNORECASE)
# A challenge says what it is near the top, before any copy of the message it holds back.
_CHALLENGE_CHARS = 3000


def is_sender_verification_request(facts: MailFacts) -> bool:
    """A challenge-response system's answer (Bluebottle, Boxbe, SpamArrest, Mailblocks): the recipient's
    filter holds the message until the sender follows a link to be added to an allowed list. It is sent
    by the filter, often from the recipient's own address with no automatic-reply header; its wording
    (kinds.toml challenge_phrases) and the link it asks to follow mark it."""
    head = facts.body_text[:_CHALLENGE_CHARS]
    # The link first: found at C speed (most replies hold none), where the phrases' scan tries their first letters
    # at most characters of the text (about 1 % of a plain reply's judgement).
    # Every link holds "://", which ignores no case: a text without it holds none, told by a substring search where
    # the case-ignoring pattern is tried at every character.
    return "://" in head and _LINK.search(head) is not None and _patterns().challenge.search(head) is not None


def is_filter_notice_in_report_form(facts: MailFacts) -> bool:
    """A challenge-response or screening service (Boxbe and kin) wraps its notice in an RFC 3464 report: it answers
    our message ("Re: <our subject>") from an address that is no mail system's, and an automatic reply's sign holds
    (a no-reply sender, a request to verify the sender). A mail system's report names no answered subject."""
    if is_from_mail_daemon(facts) or not _REPLY_SUBJECT.match(facts.subject[:300]):
        return False
    return is_from_noreply_address(facts) or is_sender_verification_request(facts) or is_auto_submitted(facts)


# An out-of-office notice is a few sentences: the author is away (near the top), and whom to write to meanwhile or
# when the mail will be answered.
_NOTICE_CHARS = 500
_AWAY_LEAD = 300
_SELF_DECLARED_LEAD = 200
# Every self_declared phrase holds one of these: a plain substring test spares most replies the phrases' regex.
_SELF_DECLARED_STEMS = ("auto", "otomatik", "автомат", "自动", "自動", "자동")


def reads_as_out_of_office_notice(new_text: str) -> bool:
    """The sender's new words are an out-of-office notice sent as a plain reply, with no header or subject of an
    automatic one (an Outlook rule "reply using a specific template", a host's responder): short, saying near the
    top that the author is away (``away_phrases``) and closing as a notice does ("For urgent matters, please
    contact ...", "... on my return": ``notice_closings``), or saying near the top that it is an automatic message
    (``self_declared``). Read on the new text, quotes and signature aside."""
    text = new_text.strip()
    if not text or len(text) > _NOTICE_CHARS:
        return False
    p = _patterns()
    lowered = text.lower()
    ascii_text = lowered.isascii()
    lead = lowered[:_SELF_DECLARED_LEAD]
    stems = _SELF_DECLARED_STEMS[:2] if ascii_text else _SELF_DECLARED_STEMS
    if any(stem in lead for stem in stems) and p.self_declared.search(text[:_SELF_DECLARED_LEAD]) is not None:
        # "This is an automated response ...", "Dies ist eine automatisch generierte Nachricht ...": a helpdesk's or
        # a host's acknowledgement that says what it is.
        return True
    # The search of the closings only where the text holds a piece one of them needs (phrase_pieces, at C speed).
    if (not any(map(lowered.__contains__, p.notice_closing_pieces))
            or p.notice_closing_lowered.search(lowered) is None) and (
            ascii_text or not any(map(lowered.__contains__, p.notice_closing_pieces_other))
            or p.notice_closing_lowered_other.search(lowered) is None):
        return False
    return p.away.search(text[:_AWAY_LEAD]) is not None and p.notice_closing.search(text) is not None


# The order only matters for readability: any one guard makes the message an automatic reply.
AUTO_REPLY_GUARDS = (
    is_auto_submitted,
    has_autoreply_header,
    has_machine_precedence,
    suppresses_auto_responses,
    has_out_of_office_subject,
    is_from_noreply_address,
    is_read_receipt,
    is_receipt_in_text,
    is_sender_verification_request,
)
