"""A way of acting named by its gerund and said to work is advice, as an imperative is: "Quickly telling users what
broke goes a long way with frustrated customers", "Owning the mistake in public always helps with upset members"
(advice.toml [mood_grammar] gerund_predicates; bot/evaluation/advice.py, `_mood_by_grammar`). The gerund opens its
sentence or clause; what the advice is about still decides: a way with people in the tip's place is the tip, or a
person decides when no anger is named; a way of posting is no tip, and a gerund that only reports ("Responding to
comments takes most of my day") is no advice."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ABOVE = "Hi,\n\nI use Buffer and Figma most days.\n\nI watch reach, saves and click-through rate.\n\n"


def _judge(paragraph: str) -> tuple[Verdict, bool]:
    judgement = judge_rules(f"{_ABOVE}{paragraph}\n\nThanks", EvaluationSettings())
    return judgement.verdict, judgement.criteria["angry_customer_tip"].met


@pytest.mark.parametrize("paragraph", [
    "Quickly telling users what broke goes a long way with frustrated customers.",
    "Owning the mistake in public always helps with upset members.",
    "With angry callers, calmly repeating their problem back to them works wonders.",
])
def test_a_gerund_said_to_work_with_angry_people_is_the_tip(paragraph: str) -> None:
    assert _judge(paragraph) == (Verdict.PASS, True)


def test_a_gerund_said_to_work_with_people_in_the_tips_place_goes_to_a_person() -> None:
    assert _judge("Telling customers early about an outage goes a long way to keep their trust.") == (
        Verdict.NEEDS_REVIEW, False)


@pytest.mark.parametrize("paragraph", [
    "Posting three times a week goes a long way for reach.",
    "Responding to comments takes most of my day.",
    "Something about this job goes a long way for me.",
])
def test_a_way_of_posting_or_a_gerund_that_reports_is_no_tip(paragraph: str) -> None:
    assert _judge(paragraph) == (Verdict.FAIL, False)
