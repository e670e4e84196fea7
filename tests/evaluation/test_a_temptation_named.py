"""A temptation named warns against what it tempts to: "it's tempting to delete the negative comment, but that's the
very thing you should never do", "however tempting it may be to delete it". The anti advice is then negated, as after
"if you lose your temper": a tip, not a reason to fail it. Anti advice told plainly ("Delete the negative comments.")
still is none."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

OPENING = ("Hi Sam,\n\nWe schedule everything in Buffer and design in Canva.\n\nI look at reach, saves and "
           "click-through rate every Monday.\n\n")


@pytest.mark.parametrize("tip", [
    "Sure, it's tempting to delete an angry review, but that is exactly what you should never do.",
    "However tempting it may be to delete a furious comment, you should never do it.",
])
def test_what_a_temptation_tempts_to_is_warned_against(tip: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(OPENING + tip + "\n\nThanks,\nRobin", thresholds)
    assert judgement.criteria["angry_customer_tip"].met


def test_anti_advice_told_plainly_is_still_none(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(OPENING + "When a customer is furious, delete the angry review.\n\nThanks,\nRobin",
                            thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
