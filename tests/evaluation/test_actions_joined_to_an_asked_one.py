"""Metrics as people phrase them (issue 9 item 2): actions joined to an asked one, each with what it is done to,
are asked too: "whether people click my links, share my posts and come back" watches clicks, shares and retention.
A list that goes on with things no one does ("the weather and the news") asks nothing more."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "I schedule in Hootsuite and design in Canva.\n\n"


@pytest.mark.parametrize("said", [
    "Every week I want to know whether people click my links, share my posts and come back.",
    "I check whether members comment on the threads, save the guides or join the events.",
])
def test_each_joined_action_is_a_metric(said: str, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + said, thresholds).criteria["metrics"]
    assert metrics.met and len(metrics.evidence) == 3, metrics


@pytest.mark.parametrize("said", [
    "I want to know whether people click my links, the weather and the news.",
    "I want to know whether people click my links and then go home.",
])
def test_a_list_of_no_actions_asks_nothing_more(said: str, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + said, thresholds).criteria["metrics"]
    assert len(metrics.evidence) == 1, metrics
