"""People named in the plural with no determiner are a helping verb's object as "them" is: "Invite angry users to
become contributors" aims the instruction at the angry people, a handling action whatever list knows "invite"."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Tools: I schedule in Hootsuite and design in Canva.\n\nMetrics: reach, saves and clicks.\n\n"


@pytest.mark.parametrize("tip", [
    "Invite angry users to become active contributors, turning their arguments into bug reports.\n\n"
    "There can be a lot of anger in bug reports, but it is harder to keep up there.",
    "Reassure frustrated customers that someone is on it.\n\nThere is a lot of anger after an outage.",
])
def test_the_instruction_aimed_at_the_people_is_a_tip(tip: str) -> None:
    tip_found = judge_rules(_ANSWERS + tip + "\n", EvaluationSettings()).criteria["angry_customer_tip"]
    assert tip_found.met, tip_found


def test_things_in_the_plural_are_no_person() -> None:
    text = _ANSWERS + "Offer discounts on launch day.\n\nThere is a lot of anger after an outage.\n"
    assert not judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"].met
