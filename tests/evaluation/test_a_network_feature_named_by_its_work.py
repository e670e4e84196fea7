"""A network's own feature named by the work it does is a tool (issue 9 item 1), as its analytics are: "I've been
using the schedule posts ahead feature on Facebook", "Facebook's scheduled-posts feature", "the tracking options in
Instagram". The work is told before the feature's word, the network after it or before the work. A feature no work
names ("the Stories feature on Instagram") is the network's, a channel; a feature denied is no tool."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nMetrics: reach, engagement rate and response time.\n\nTip: listen first and apologise.\n\nThanks"


def _tools(answer: str) -> tuple[bool, tuple[str, ...]]:
    result = judge_rules(f"Hi,\n\nTools: {answer}{_REST}", EvaluationSettings()).criteria["tools"]
    return result.met, result.evidence


@pytest.mark.parametrize("feature", [
    "To squeeze a bit more in, I've been using the schedule posts ahead feature on Facebook.",
    "I use Facebook's scheduled-posts feature every week.",
    "The Facebook scheduling feature does most of it.",
    "The post tracking options in Instagram are where I start.",
])
def test_a_feature_named_by_its_work_is_a_tool(feature: str) -> None:
    met, evidence = _tools(f"{feature} Canva for the graphics.")
    assert met and len(evidence) == 2, evidence


@pytest.mark.parametrize("feature", [
    "I love the Stories feature on Instagram.",
    "I never use the scheduling feature on Facebook.",
    "The best feature of Canva is its templates.",
])
def test_a_feature_with_no_work_or_denied_is_no_tool(feature: str) -> None:
    met, evidence = _tools(f"{feature} Canva for the graphics.")
    assert not met, evidence
