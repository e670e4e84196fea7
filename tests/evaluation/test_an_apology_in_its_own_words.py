"""An apology in its own words ("I'm sorry you had to experience that", "so sorry that happened") handles the
conflict as "apologise" does, and a bad experience named by how it felt ("unpleasant", "the inconvenience") is a
word of trouble: told as advice in the reply's last paragraph, it is the tip."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = ("Canva for graphics, Buffer and Later for scheduling.\n\n"
            "Measuring performance: likes, shares, reach and follower growth.\n\n")


@pytest.mark.parametrize("tip", [
    'It does not take much to say "That sounds really unpleasant. I\'m sorry you had to experience that."',
    "Just tell them you are so sorry that happened, and sorry for the inconvenience.",
    "My advice: say you are sorry you caused them trouble, and mean it.",
])
def test_an_apology_told_as_advice_is_a_tip(tip: str) -> None:
    criterion = judge_rules(_ANSWERS + tip + "\n\nThanks!\n", EvaluationSettings()).criteria["angry_customer_tip"]
    assert criterion.met, criterion


def test_an_apology_of_the_writers_own_is_no_tip() -> None:
    reply = _ANSWERS + "Sorry that this took me so long to write, it was a terrible week.\n\nThanks!\n"
    assert not judge_rules(reply, EvaluationSettings()).criteria["angry_customer_tip"].met
