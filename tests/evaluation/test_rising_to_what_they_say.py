"""Rising to what the angry person says is rising to bait (issue 9 item 3): "Don't rise to it", "never rise to their
insults" advise against it, as "don't rise to the bait" does; told as what one does, it is anti advice."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Hi,\n\nTools: Hootsuite and Canva.\n\nMetrics: reach, engagement rate and response time.\n\n"


def _tip(tip: str) -> tuple[bool, tuple[str, ...]]:
    result = judge_rules(f"{_ANSWERS}Tip: {tip}\n\nThanks", EvaluationSettings()).criteria["angry_customer_tip"]
    return result.met, result.notes


@pytest.mark.parametrize("tip", ["Don't rise to it.", "Never rise to their insults.", "Do not rise to the comments."])
def test_not_rising_to_it_is_a_tip(tip: str) -> None:
    assert _tip(tip)[0]


def test_rising_to_it_told_as_a_habit_is_anti_advice() -> None:
    met, notes = _tip("I always rise to their insults.")
    assert not met and any(n.startswith("anti advice") for n in notes), notes
