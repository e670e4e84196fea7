"""Civility and courtesy are ways of handling the person, as politeness is: "Always be civil." answers the tip
question on its own in the reply's last paragraph."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I use Hootsuite and Buffer and watch reach, saves and click-through rate.\n\n"


@pytest.mark.parametrize("tip", ["- Always be civil.", "Stay civil, whatever they write.",
                                 "Remain courteous even when they are rude.", "Keep it civil."])
def test_civility_told_as_advice_is_a_tip(tip: str) -> None:
    assert judge_rules(_ANSWERS + tip + "\n", EvaluationSettings()).criteria["angry_customer_tip"].met


def test_civility_named_as_a_value_is_no_tip() -> None:
    reply = _ANSWERS + "Civility matters in a forum, and ours is a friendly one.\n"
    assert not judge_rules(reply, EvaluationSettings()).criteria["angry_customer_tip"].met
