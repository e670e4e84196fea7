"""A way named with any determiner, then "is to", says what to do (advice._A_WAY_BEFORE): "Another strategy you can use
for these kinds of posters is to work on burying them", "A good way to calm them down is to let them talk", as "The
key is to ..." and "One approach ... is to ..." do. A way named as a thing ("a quick way to lose a customer is a slow
reply") still advises nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

ANSWERS = "Hi,\n\nWe use Hootsuite and Canva every day.\n\nI track reach, saves and CTR weekly.\n\n"


@pytest.mark.parametrize("tip", [
    "When a customer posts an angry rant, another strategy you can use is to reply once, kindly, and move the talk "
    "to email.",
    "With furious commenters, a good way to calm them down is to let them talk before you answer.",
    "For angry members, an approach that works for me is to thank them for the feedback and ask what would help.",
])
def test_another_way_said_to_be_done_is_advice(tip: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(ANSWERS + tip + "\n\nThanks,\nRobin", thresholds)
    assert judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]


def test_a_way_named_as_a_thing_advises_nothing(thresholds: EvaluationSettings) -> None:
    tip = "With angry customers, a quick way to lose them is a slow reply."
    judgement = judge_rules(ANSWERS + tip + "\n\nThanks,\nRobin", thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
