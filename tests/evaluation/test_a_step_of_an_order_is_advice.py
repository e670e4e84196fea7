"""A step or a rule of an order, whatever its number, tells what to do: "Step one is to find out what actually went
wrong", "the next step is to ...", "rule number one is ..." (advice.toml [mood])."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I schedule in Buffer and design in Canva. I watch reach, CTR and saves every week.\n"


@pytest.mark.parametrize("tip", [
    "Tip: Step one is to work out how serious their issue is and who is affected.",
    "Tip: the next step is to find out what actually went wrong for them.",
])
def test_an_ordered_step_under_the_tip_label_is_the_tip(tip: str) -> None:
    assert judge_rules(_ANSWERS + tip + "\n", EvaluationSettings()).criteria["angry_customer_tip"].met


def test_a_step_of_something_else_is_no_tip() -> None:
    tip = "Tip: step one is to post every day at the same hour."
    assert not judge_rules(_ANSWERS + tip + "\n", EvaluationSettings()).criteria["angry_customer_tip"].met
