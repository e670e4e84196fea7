"""A comma and an adding word ("..., plus X", "..., as well as X") open an addition of its own: what is said after
it ("at my previous agency") puts only that addition in the past, not the tools named before the comma
(bot/lexicons/negation.toml, [boundaries])."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def test_a_past_place_after_plus_leaves_the_tool_before_it_in_use() -> None:
    judgement = judge_rules("Most of my work happens in HubSpot's social tool, plus Sprinklr at my previous agency.\n",
                            EvaluationSettings())
    assert "HubSpot" in judgement.criteria["tools"].evidence
    assert "Sprinklr" not in judgement.criteria["tools"].evidence


def test_without_the_addition_the_past_place_covers_the_list() -> None:
    judgement = judge_rules("I used HubSpot and Sprinklr at my previous agency.\n", EvaluationSettings())
    assert not judgement.criteria["tools"].evidence
