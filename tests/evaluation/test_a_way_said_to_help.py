"""A way of handling the person said plainly to help is a tip told as a statement, as "goes a long way" is: "Showing
empathy helps with angry customers", "A calm tone helps a lot" (advice.toml [valuing]). Something else said to help
("Posting daily helps our reach") is no tip."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ABOVE = "Hi,\n\nI use Buffer and Canva.\n\nI watch reach, saves and CTR.\n\n"
TIP = "angry_customer_tip"


@pytest.mark.parametrize("paragraph", [
    "Showing empathy helps with angry customers.",
    "Angry customers are common. A calm tone really helps.",
])
def test_a_way_of_handling_said_to_help_is_a_tip(paragraph: str) -> None:
    assert judge_rules(_ABOVE + paragraph, EvaluationSettings()).criteria[TIP].met


def test_something_else_said_to_help_is_no_tip() -> None:
    paragraph = "Posting daily helps our reach, even with angry customers around."
    assert not judge_rules(_ABOVE + paragraph, EvaluationSettings()).criteria[TIP].met
