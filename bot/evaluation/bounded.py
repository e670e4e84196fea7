"""The rules on a reply of bounded size: what a person writes is judged, a pasted book goes to a person.

The largest genuine answer we have seen is about 1,300 characters; ``[evaluation] max_judged_chars``
(20,000 by default, the same bound as the model's ``[llm] max_input_chars``) leaves fifteen times that.
Past it the rules read only the first ``max_judged_chars`` characters of the reply's new text (and of its
hidden text), so their work per message has a fixed ceiling whatever arrives (a few tenths of a
second at worst on dense hostile text), and the reply goes to review as ``too_long`` with the size
it had: nothing is lost (the raw message is kept), and no verdict rests on a part of the answer.

The rules also read at most ``[evaluation] max_judged_words`` words (1,000), ``max_judged_sentences``
sentences or lines (150) and ``max_judged_keywords`` keywords (50: tools, metrics, usage frames,
quantities, actions for angry customers, anger words): their work is a few microseconds per word and a few
tens per sentence, line or keyword, and 20,000 characters hold 3,000 words, 3,000 one-word lines or a
thousand keywords (a tenth of a second for 20 KB, five seconds per MB). The most any genuine reply we have
(the dev, realdev and real-world corpus sets, and every fixture) holds is about 200 words, 17 sentences or
lines (hard-wrapped lines counted one by one) and 21 keywords; a longer reply goes to review as
``too_long`` in the same way.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bot.domain.quick_init import quick_init
from bot.evaluation.manipulation import review_disagreeing_parts
from bot.evaluation.patterns import one_judgement
from bot.evaluation.result import Judgement, Verdict
from bot.mail.message import ParsedMail
from bot.settings import EvaluationSettings

TOO_LONG = "too_long"
STYLE_UNCHECKED = "style_unchecked"
OUT_OF_SIGHT = "out_of_sight"
FORWARDED = "forwarded"
RETRACTED = "retracted"
PICTURE_ONLY = "picture_only"
PICTURE_UNREAD = "picture_unread"
UNREAD_PASSAGE = "unread_passage"
# Where a sentence or a line ends: a full stop, "!" or "?" (closing quotes may follow) and the spaces
# after it, or a line break with the blank lines and spaces after it (so blank lines count for nothing).
# Possessive: a run of spaces is never handed back. The mark or the line break is matched first, as one class
# (a pattern that starts with a look-behind, or with alternatives, is tried at every character of the reply;
# one that starts with a class is skipped to its characters at C speed); a piece stops after its mark
# (_piece_end_start). No match ends on a mark (each ends on a space), so none starts inside the one before.
_PIECE_END = re.compile(r"[.!?\n](?:(?<=\n)\s*+|[\"'”’»)\]]*+\s++)")


def _piece_end_start(text: str, end: re.Match[str]) -> int:
    """Where the sentence or line before ``end`` (a _PIECE_END match) stops: after its mark, at its line break."""
    return end.start() if text[end.start()] == "\n" else end.start() + 1

RulesJudge = Callable[..., Judgement]


def _default_rules() -> RulesJudge:
    # Imported late: the rules load their lexicons on first use.
    from bot.evaluation.rules import judge_rules

    return judge_rules


def cut(text: str, limit: int) -> str:
    """At most ``limit`` characters, ending at a line break when one is in the second half."""
    if len(text) <= limit:
        return text
    line_end = text.rfind("\n", limit // 2, limit)
    return text[: line_end if line_end != -1 else limit]


def cut_sentences(text: str, limit: int) -> str:
    """The first ``limit`` sentences or lines of ``text`` (blank lines are not counted), or all of it.
    Found with one regex pass that stops at the limit: the cost is bounded whatever the text."""
    for count, end in enumerate(_PIECE_END.finditer(text), 1):
        if count == limit:
            # The end's spaces run to the next sentence or to the end of the text.
            return text[: _piece_end_start(text, end)] if end.end() < len(text) else text
    return text


@cache
def _words(limit: int, ascii_text: bool = False) -> re.Pattern[str]:
    """``limit`` words (runs of letters and digits) from the start, with what stands before each. Atomic
    and possessive: matched at C speed in one pass, never handed back (a failed match costs the text once).
    ``ascii_text``: for an ASCII text, whose letters and digits a table tells (the same words: the pattern reads
    only word characters and others, no spaces; tests/evaluation/test_ascii_fast_paths.py)."""
    return re.compile(rf"(?>[\W_]*+[^\W_]++){{{limit}}}", re.ASCII if ascii_text else 0)


_WORD_CHAR = re.compile(r"[^\W_]")


def cut_words(text: str, limit: int) -> str:
    """The first ``limit`` words of ``text`` and what stands between them, or all of it."""
    m = _words(limit, text.isascii()).match(text)
    return text[: m.end()] if m is not None and _WORD_CHAR.search(text, m.end()) else text


def _answered_within(pairs: tuple[tuple[str, str], ...], limit: int) -> tuple[tuple[str, str], ...]:
    """The (question, answer) pairs the reply starts with, up to ``limit`` characters in all."""
    kept: list[tuple[str, str]] = []
    total = 0
    for question, answer in pairs:
        total += len(question) + len(answer)
        if total > limit:
            break
        kept.append((question, answer))
    return tuple(kept)


@quick_init
@dataclass(frozen=True, slots=True)
class RulesInput:
    """What the rules read of a reply, already cut to the bound, and how long it was: small enough to
    hand to a judge worker process (bot/evaluation/judge_pool.py)."""

    reply_text: str
    hidden_text: str = ""
    answered: tuple[tuple[str, str], ...] = ()
    parts_disagree: bool = False
    reply_chars: int = 0
    hidden_chars: int = 0
    # The bound the reply's text was cut at, for the reviewer ("150 sentences or lines ([evaluation]
    # max_judged_sentences)"), or "" when the rules read it whole.
    cut_at: str = ""
    # Why some of the HTML's style was never read (ParsedMail.style_unchecked), or "".
    style_unchecked: str = ""
    # Why some of the reply's text is out of a reader's sight (ParsedMail.out_of_sight), or "".
    out_of_sight: str = ""
    # Why the reply's text is someone else's words, a forward (ParsedMail.forwarded), or "".
    forwarded: str = ""
    # Pictures a reader sees with the reply's own words, not read (ParsedMail.pictures).
    pictures: int = 0

    @classmethod
    def of(cls, mail: ParsedMail, settings: EvaluationSettings) -> RulesInput:
        limit = settings.max_judged_chars
        text = cut(mail.reply_text, limit)
        cut_at = ""
        # Words, then sentences and lines: the one that cuts it shorter is named.
        for bound, name, setting in ((cut_words, "words", "max_judged_words"),
                                     (cut_sentences, "sentences or lines", "max_judged_sentences")):
            count = getattr(settings, setting)
            shorter = bound(text, count)
            if shorter is not text:
                text, cut_at = shorter, f"{count:,} {name} ([evaluation] {setting})"
        return cls(text, cut(mail.hidden_text, limit), _answered_within(mail.answered_questions, limit),
                   mail.parts_disagree, len(mail.reply_text), len(mail.hidden_text), cut_at, mail.style_unchecked,
                   mail.out_of_sight, mail.forwarded, mail.pictures)

    @classmethod
    def of_text(cls, text: str) -> RulesInput:
        return cls(text, reply_chars=len(text))


def cut_to_keywords(text: str, limit: int) -> str:
    """``text`` up to its ``limit`` keywords (bot/evaluation/keywords.py), or all of it. A keyword starts
    a word: a text of no more words than that is returned at once, with no look-up (most replies)."""
    if _words(limit + 1, text.isascii()).match(text) is None:
        return text
    from bot.evaluation.keywords import cut_keywords  # late: the lexicons load in a judge worker

    return cut_keywords(text, limit)


def judge_input(job: RulesInput, settings: EvaluationSettings, rules: RulesJudge | None = None) -> Judgement:
    """The rules' judgement of a reply already cut by ``RulesInput.of``, and cut to
    ``max_judged_keywords`` here (the lexicons it takes are loaded where the rules run)."""
    judge = rules or _default_rules()
    text, cut_at = job.reply_text, job.cut_at
    with one_judgement():  # the keyword bound and the rules prepare the reply's text once
        shorter = cut_to_keywords(text, settings.max_judged_keywords)
        if shorter is not text:
            text, cut_at = shorter, f"{settings.max_judged_keywords:,} keywords ([evaluation] max_judged_keywords)"
        judgement = judge(text, settings, hidden_text=job.hidden_text, answered=job.answered)
        judgement = _unless_unread(judgement, text)  # the text's word index is the one the rules made
    judgement = _unless_retracted(judgement, text, job, settings, judge)
    if job.parts_disagree:
        judgement = review_disagreeing_parts(judgement)
    if job.style_unchecked:
        judgement = _unchecked_style(judgement, job.style_unchecked)
    if job.out_of_sight:
        judgement = _out_of_sight(judgement, job.out_of_sight)
    if job.forwarded:
        judgement = _forwarded(judgement, job.forwarded)
    if job.pictures:
        judgement = _with_pictures(judgement, job.pictures, has_words=_WORD_CHAR.search(job.reply_text) is not None)
    limit = settings.max_judged_chars
    if job.reply_chars > limit or job.hidden_chars > limit:
        judgement = too_long(judgement, job.reply_chars, job.hidden_chars, limit)
    elif cut_at:
        judgement = _marked_too_long(judgement, f"the reply's new text is longer than the rules read: they read "
                                     f"the first {cut_at}; a person decides")
    return judgement


def judge_bounded(mail: ParsedMail, settings: EvaluationSettings, rules: RulesJudge | None = None) -> Judgement:
    """The rules' judgement of ``mail`` (its new text, hidden text and answered questions)."""
    return judge_input(RulesInput.of(mail, settings), settings, rules)


def too_long(judgement: Judgement, chars: int, hidden_chars: int, limit: int) -> Judgement:
    what = f"the reply's new text is {chars:,} characters"
    if hidden_chars > limit:
        what += f" and its hidden text {hidden_chars:,}"
    detail = f"{what}; the rules read the first {limit:,} ([evaluation] max_judged_chars): a person decides"
    return _marked_too_long(judgement, detail)


def _unchecked_style(judgement: Judgement, why: str) -> Judgement:
    """Some of the HTML's style was never read, so text it hides may have been read as visible: a person
    decides, and no model is asked (it would read the same text)."""
    return _review(judgement, STYLE_UNCHECKED, f"the reply is HTML and {why}: text it hides may have "
                   "been read as the reply's; a person decides")


def _unless_unread(judgement: Judgement, text: str) -> Judgement:
    """A reply in a language the rules read holding a passage in one they do not (bot/evaluation/unread.py): it may
    say anything, an instruction to the grader too, so a pass goes to a person and no model is asked (a failure
    stands: what the rules could read does not answer). A reply the manipulation check sent to a person already
    is left as it is."""
    if (judgement.verdict == Verdict.NOT_EVALUATED or judgement.manipulation
            or judgement.language not in _read_languages()):
        return judgement
    from bot.evaluation.unread import unread_passage  # late: the word lists load where the rules run

    passage = unread_passage(text)
    if not passage:
        return judgement
    detail = f"the reply holds a passage in a language or script the rules do not read ({passage[:120]!r})"
    if judgement.verdict == Verdict.PASS:
        return _review(judgement, UNREAD_PASSAGE, detail + ": a person decides")
    return dataclasses.replace(judgement, reasons=tuple(dict.fromkeys((*judgement.reasons, UNREAD_PASSAGE))),
                               details={**judgement.details, UNREAD_PASSAGE: detail})


@cache
def _read_languages() -> frozenset[str]:
    from bot.evaluation.language import profile  # late, as above

    return profile().judged


def _out_of_sight(judgement: Judgement, why: str) -> Judgement:
    """Some of the reply's text sits a screen or more below the rest, where a reader of the reply does not look
    (below its closing, its signature or its quote), or past what is read of a line: a person decides."""
    return _review(judgement, OUT_OF_SIGHT, f"{why}: a reader of the reply sees what the rules may not; "
                   "a person decides")


def _unless_retracted(judgement: Judgement, text: str, job: RulesInput, settings: EvaluationSettings,
                      judge: RulesJudge) -> Judgement:
    """A reply that takes back what it wrote ("Scratch that.", "Ignore all of the above.", retraction.py) is judged
    on what it says from its last retraction on: a pass stands only if that passes too (a correction), else a
    person decides (``retracted``). Any other verdict keeps the retraction in its details, so a model's pass in
    ``llm`` or ``both`` mode goes to a person too (evaluator)."""
    if judgement.verdict == Verdict.NOT_EVALUATED:
        return judgement
    from bot.evaluation.retraction import last_retraction  # late: the lexicon loads where the rules run

    found = last_retraction(text)
    if found is None:
        return judgement
    marker = text[found[0] : found[1]][:80]
    detail = f"the reply takes back what it wrote before it (“{marker}”)"
    if judgement.verdict != Verdict.PASS:
        return dataclasses.replace(judgement, details={**judgement.details, RETRACTED: detail})
    after = judge(text[found[1] :], settings, hidden_text=job.hidden_text, answered=job.answered)
    if after.verdict == Verdict.PASS:
        return judgement
    return _review(judgement, RETRACTED, f"{detail}, and what it says after that does not pass: a person decides")


def _with_pictures(judgement: Judgement, count: int, *, has_words: bool) -> Judgement:
    """Pictures a reader sees with the reply are not read: an answer given only as a picture (a screenshot, an
    attached photo of a page, a data: URI) goes to a person as ``picture_only`` rather than failing for saying
    nothing; a pass next to a picture goes to a person as ``picture_unread`` (the picture may take the answer back:
    "none of the above is true"); a fail keeps its verdict with the note, and a model's pass of it goes to a person
    (evaluator). No model is asked about a reply a person reads anyway: it cannot see the pictures either."""
    if judgement.verdict == Verdict.NOT_EVALUATED:
        return judgement
    what = f"{count} picture{'s' if count != 1 else ''}"
    if not has_words:
        return _review(judgement, PICTURE_ONLY, f"the reply says nothing in words, only in {what}, which are not "
                       "read: a person decides")
    detail = f"the reply shows {what} beside its words, which are not read: what they say may change the answer"
    if judgement.verdict == Verdict.PASS:
        return _review(judgement, PICTURE_UNREAD, f"{detail}; a person decides")
    return dataclasses.replace(judgement, details={**judgement.details, PICTURE_UNREAD: detail})


def _forwarded(judgement: Judgement, why: str) -> Judgement:
    """The reply's text is a forward of someone else's message: what it says may meet the criteria, but they are not
    the sender's words. A pass goes to a person; a fail stays a fail (the sender wrote no answer of their own),
    with the reason named; no model is asked either way (evaluator)."""
    if judgement.verdict == Verdict.NOT_EVALUATED:
        return judgement
    if judgement.verdict == Verdict.PASS:
        return _review(judgement, FORWARDED, f"{why}; a person decides whose answer it is")
    return dataclasses.replace(judgement, reasons=tuple(dict.fromkeys((*judgement.reasons, FORWARDED))),
                               details={**judgement.details, FORWARDED: f"{why}; not read as the sender's answer"})


def review_retracted(judgement: Judgement) -> Judgement:
    """``judgement`` (a model's, say) sent to a person when the rules found a retraction in the reply, or pictures
    beside it (their details), and it passes: whether what was taken back was the answer, or what the pictures
    say, is not read."""
    for reason in (RETRACTED, PICTURE_UNREAD):
        if judgement.verdict == Verdict.PASS and reason in judgement.details:
            judgement = _review(judgement, reason, f"{judgement.details[reason]}: a person decides")
    return judgement


def _review(judgement: Judgement, reason: str, detail: str) -> Judgement:
    """``judgement`` sent to a person for ``reason`` (kept once), unless it was never evaluated."""
    if judgement.verdict == Verdict.NOT_EVALUATED:
        return judgement
    return dataclasses.replace(
        judgement,
        verdict=Verdict.NEEDS_REVIEW,
        reasons=tuple(dict.fromkeys((*judgement.reasons, reason))),
        details={**judgement.details, reason: detail},
    )


def _marked_too_long(judgement: Judgement, detail: str) -> Judgement:
    return dataclasses.replace(
        judgement,
        verdict=Verdict.NEEDS_REVIEW,
        reasons=tuple(dict.fromkeys((TOO_LONG, *judgement.reasons))),
        details={**judgement.details, TOO_LONG: detail},
    )
