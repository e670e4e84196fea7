"""What is said to be worth doing is advised (advice.toml [mood]): "It is worth apologising to an angry customer even
when you are right", "Sometimes it is worth taking a breath and letting the community respond", as "it pays to" and
"it's important to" advise. Said of no handling of anyone, it is no tip ("It is worth posting at lunchtime")."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

ANSWERS = "Hi,\n\n1) We use Hootsuite and Canva every day.\n\n2) I track reach, saves and CTR weekly.\n\n3) "


@pytest.mark.parametrize("tip", [
    "It is worth apologising to an angry customer even when you are right.",
    "A negative commenter rarely expects an apology. Sometimes it is worth taking a breath and letting the community "
    "respond.",
    "With furious members it is always worth listening to the whole complaint first.",
])
def test_what_is_said_to_be_worth_doing_is_a_tip(tip: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(ANSWERS + tip + "\n\nThanks,\nRobin", thresholds)
    assert judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]


def test_worth_doing_about_no_one_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules("Hi,\n\nWe use Hootsuite and Canva.\n\nI track reach, saves and CTR.\n\n"
                            "It is worth posting at lunchtime.\n\nThanks,\nRobin", thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
