"""Calm said as a state to be in is the same handling action as "stay calm": "Be calm.", "you have to be calm in
dealing with these things", "keep your composure" (tips.toml [actions] and [handling])."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ABOVE = "Hi,\n\nI use Buffer and Canva.\n\nI watch reach, saves and CTR.\n\n"


@pytest.mark.parametrize("paragraph", [
    "Be calm.",
    "With angry people you have to be calm, whatever they say.",
    "Angry members will test you. Keep your composure and answer the question they asked.",
])
def test_calm_as_a_state_to_be_in_is_a_tip(paragraph: str) -> None:
    criterion = judge_rules(_ABOVE + paragraph, EvaluationSettings()).criteria["angry_customer_tip"]
    assert criterion.met, criterion
