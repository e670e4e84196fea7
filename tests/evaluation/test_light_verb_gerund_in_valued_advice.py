"""A light verb's gerund carries no content of its own: in "Taking time to cool off before any response is
essential" the act valued is cooling off, and every word of the sentence is about the conversation, as in "Cooling off
before any response is essential". Valued advice about something else stays no tip ("Making sure your posts go out on
time is essential")."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERED = "I use Buffer and Canva.\n\nI watch reach, saves and engagement rate.\n\n"


@pytest.mark.parametrize("tip", [
    "Taking time to cool off before any response is essential.",
    "Taking a step back before any response is essential.",
    "Keeping a calm tone in every reply is key.",
])
def test_valued_advice_opened_by_a_light_verb_is_the_tip(tip: str, thresholds: EvaluationSettings) -> None:
    assert judge_rules(_ANSWERED + tip, thresholds).criteria["angry_customer_tip"].met


def test_valued_advice_about_something_else_is_still_no_tip(thresholds: EvaluationSettings) -> None:
    tip = judge_rules(_ANSWERED + "Making sure your posts go out on time is essential.", thresholds)
    assert not tip.criteria["angry_customer_tip"].met
