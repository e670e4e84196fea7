"""Advice against answering, limited by a condition or manner after the verb's object, advises a better answer:
"Never respond to a comment in anger", "don't answer the angry customer until you have calmed down"."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I schedule with Buffer and report from Sprout Social. I watch reach, saves and click-through rate.\n\n"


@pytest.mark.parametrize("tip", [
    "Never respond to a comment in anger.",
    "Don't answer the angry customer until you have read the whole thread.",
    "Never reply to an upset member right away, take five minutes first.",
])
def test_a_condition_after_the_object_limits_the_advice(tip: str) -> None:
    assert judge_rules(_ANSWERS + tip + "\n", EvaluationSettings()).criteria["angry_customer_tip"].met


@pytest.mark.parametrize("tip", [
    "With angry customers: never apologise even when you're wrong.",
    "With angry customers: don't reply at all when they are rude.",
])
def test_even_and_at_all_still_advise_against(tip: str) -> None:
    criterion = judge_rules(_ANSWERS + tip + "\n", EvaluationSettings()).criteria["angry_customer_tip"]
    assert not criterion.met
    assert any(note.startswith("anti advice") for note in criterion.notes)
