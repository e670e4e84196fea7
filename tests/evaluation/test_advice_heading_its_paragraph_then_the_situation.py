"""Advice heading its paragraph, then the situation it is for, opened by when or how often it comes ("1. Listen
closely. Sometimes a customer is furious from the moment you pick up the phone"), is advice for angry people."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I use Hootsuite and Buffer and watch reach, saves and click-through rate.\n\n"
_CLOSE = "\n\nThat is how I work, anyway.\n"


@pytest.mark.parametrize("paragraph", [
    "1. Listen closely. Sometimes a member is furious before you even say hello.",
    "Stay calm. When people are upset they rarely mean it personally.",
    "- Apologise first. Often the customer is frustrated about something small.",
])
def test_advice_then_the_angry_situation_is_a_tip(paragraph: str) -> None:
    tip = judge_rules(_ANSWERS + paragraph + _CLOSE, EvaluationSettings()).criteria["angry_customer_tip"]
    assert tip.met, tip


@pytest.mark.parametrize("paragraph", [
    "Listen to your audience. Angry customers are the worst part of my job.",
    "We had a launch last week. Listen closely. Sometimes a member is furious before you even say hello.",
])
def test_a_description_after_it_or_advice_inside_a_paragraph_is_not(paragraph: str) -> None:
    tip = judge_rules(_ANSWERS + paragraph + _CLOSE, EvaluationSettings()).criteria["angry_customer_tip"]
    assert not tip.met, tip
