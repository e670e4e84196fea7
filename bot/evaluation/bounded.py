"""The rules on a reply of bounded size: what a person writes is judged, a pasted book goes to a person.

The largest genuine answer we have seen is about 1,300 characters; ``[evaluation] max_judged_chars``
(20,000 by default, the same bound as the model's ``[llm] max_input_chars``) leaves fifteen times that.
Past it the rules read only the first ``max_judged_chars`` characters of the reply's new text (and of its
hidden text), so their work per message has a fixed ceiling whatever arrives (a few tenths of a
second at worst on dense hostile text), and the reply goes to review as ``too_long`` with the size
it had: nothing is lost (the raw message is kept), and no verdict rests on a part of the answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from bot.evaluation.manipulation import review_disagreeing_parts
from bot.evaluation.result import Judgement, Verdict
from bot.mail.message import ParsedMail
from bot.settings import EvaluationSettings

TOO_LONG = "too_long"

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

    @classmethod
    def of(cls, mail: ParsedMail, limit: int) -> RulesInput:
        return cls(cut(mail.reply_text, limit), cut(mail.hidden_text, limit),
                   _answered_within(mail.answered_questions, limit), mail.parts_disagree,
                   len(mail.reply_text), len(mail.hidden_text))

    @classmethod
    def of_text(cls, text: str) -> RulesInput:
        return cls(text, reply_chars=len(text))


def judge_input(job: RulesInput, settings: EvaluationSettings, rules: RulesJudge | None = None) -> Judgement:
    """The rules' judgement of a reply already cut by ``RulesInput.of``."""
    judge = rules or _default_rules()
    judgement = judge(job.reply_text, settings, hidden_text=job.hidden_text, answered=job.answered)
    if job.parts_disagree:
        judgement = review_disagreeing_parts(judgement)
    limit = settings.max_judged_chars
    if job.reply_chars > limit or job.hidden_chars > limit:
        judgement = too_long(judgement, job.reply_chars, job.hidden_chars, limit)
    return judgement


def judge_bounded(mail: ParsedMail, settings: EvaluationSettings, rules: RulesJudge | None = None) -> Judgement:
    """The rules' judgement of ``mail`` (its new text, hidden text and answered questions)."""
    return judge_input(RulesInput.of(mail, settings.max_judged_chars), settings, rules)


def too_long(judgement: Judgement, chars: int, hidden_chars: int, limit: int) -> Judgement:
    what = f"the reply's new text is {chars:,} characters"
    if hidden_chars > limit:
        what += f" and its hidden text {hidden_chars:,}"
    detail = f"{what}; the rules read the first {limit:,} ([evaluation] max_judged_chars): a person decides"
    return dataclasses.replace(
        judgement,
        verdict=Verdict.NEEDS_REVIEW,
        reasons=tuple(dict.fromkeys((TOO_LONG, *judgement.reasons))),
        details={**judgement.details, TOO_LONG: detail},
    )
