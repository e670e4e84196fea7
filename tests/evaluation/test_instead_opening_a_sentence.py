""""Instead," opening a sentence turns from what came before; it sets aside nothing after it ("Instead, I now schedule
everything in Later" uses Later). "instead of X" still sets X aside (negation.toml
[not_cues])."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def test_a_tool_after_an_opening_instead_is_used() -> None:
    judgement = judge_rules("I design in Canva. Instead, I now schedule everything in Later.\n",
                            EvaluationSettings())
    assert judgement.criteria["tools"].met


def test_instead_of_a_tool_still_sets_it_aside() -> None:
    judgement = judge_rules("I design in Canva, instead of Hootsuite.\n", EvaluationSettings())
    assert not judgement.criteria["tools"].met
