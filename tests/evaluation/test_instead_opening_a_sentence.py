""""Instead," opening a sentence turns from what came before; it sets aside nothing after it ("Instead, all our
scheduling runs through Later" uses Later). "instead of X" still sets X aside (negation.toml [not_cues])."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def test_a_tool_after_an_opening_instead_is_used() -> None:
    judgement = judge_rules("I design in Canva. Instead, all our scheduling runs through Later.\n",
                            EvaluationSettings())
    assert judgement.criteria["tools"].met


def test_instead_of_a_tool_still_sets_it_aside() -> None:
    judgement = judge_rules("I design in Canva, instead of Hootsuite.\n", EvaluationSettings())
    assert not judgement.criteria["tools"].met
