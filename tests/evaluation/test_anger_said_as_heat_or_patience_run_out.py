"""Anger said as heat or as patience run out ("steaming", "fed up", "hot under the collar") is an anger word: advice
beside it is for angry people."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I use Hootsuite and Buffer and watch reach, saves and click-through rate.\n\n"
_CLOSE = "\n\nThat is how I work, anyway.\n"


@pytest.mark.parametrize("words", ["steaming", "fed up", "hot under the collar", "ticked off",
                                   "at the end of their tether"])
def test_advice_beside_anger_said_otherwise_is_a_tip(words: str) -> None:
    reply = f"{_ANSWERS}Listen closely when a member is {words}, and answer once.{_CLOSE}"
    assert judge_rules(reply, EvaluationSettings()).criteria["angry_customer_tip"].met


def test_steaming_without_advice_is_no_tip() -> None:
    reply = f"{_ANSWERS}Sometimes a member is steaming before you even say hello.{_CLOSE}"
    assert not judge_rules(reply, EvaluationSettings()).criteria["angry_customer_tip"].met
