"""Naming the worst thing to do warns against it, as "if you lose your temper, ..." does: "The worst thing you can do
is ignore them", "the biggest mistake is to argue with them" are tips, not anti advice (bot/evaluation/advice.py,
`_WARNED_BEFORE`, read up to 60 characters before the act). "Ignore them." on its own is still anti advice."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_BEFORE = "Tools: Hootsuite and Canva.\nMetrics: reach, CTR and engagement rate.\nTip: "


@pytest.mark.parametrize("tip", [
    "The worst thing you can do is ignore them.",
    "The biggest mistake is to argue with them.",
])
def test_the_worst_thing_named_is_advice_against_it(tip: str) -> None:
    assert judge_rules(_BEFORE + tip + "\n", EvaluationSettings()).criteria["angry_customer_tip"].met


def test_the_same_act_told_as_an_instruction_is_still_anti_advice() -> None:
    assert not judge_rules(_BEFORE + "Ignore them.\n", EvaluationSettings()).criteria["angry_customer_tip"].met
