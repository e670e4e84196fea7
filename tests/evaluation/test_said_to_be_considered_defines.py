"""A present passive "are considered" defines what a thing counts as ("members who posted in the past 28 days are
considered active members"); it is not the weighing of a tool that "I considered Sprout" or "will be considered"
tells (negation.toml [not_cues], [soft_before])."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize("definition", [
    "On our forum, regulars are considered active members.",
    "A reply within the hour is generally considered a good response time.",
])
def test_a_definition_names_a_watched_metric(definition: str) -> None:
    judgement = judge_rules(f"{definition} Besides that I watch reach and saves.\n", EvaluationSettings())
    assert judgement.criteria["metrics"].met


@pytest.mark.parametrize("weighed", ["I considered Sprout Social for a while.",
                                     "Only one more provider will be considered here: Sprout Social."])
def test_a_tool_only_weighed_is_still_not_used(weighed: str) -> None:
    judgement = judge_rules(f"{weighed} Day to day I use Hootsuite.\n", EvaluationSettings())
    assert not judgement.criteria["tools"].met
