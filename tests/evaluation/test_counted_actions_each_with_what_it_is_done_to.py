"""Metrics as people phrase them (issue 9 item 2): people counted by what they do, each action with what it is done
to, are so many metrics: "how many people read my posts, click my links and share them" watches reads (views),
clicks and shares; "Are people reading my content?" asks reads as "Are they clicking?" asks clicks. Reading done by
the candidate ("I read the comments every morning") is no metric."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "I schedule in Hootsuite and design in Canva.\n\n"


@pytest.mark.parametrize("said", [
    "Each week I want to know how many people read my posts, click my links and share them.",
    "Are people reading my content? Are they clicking my links? Are they sharing?",
])
def test_each_counted_action_is_a_metric(said: str, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + said, thresholds).criteria["metrics"]
    assert metrics.met and len(metrics.evidence) == 3, metrics


def test_the_candidate_reading_is_no_metric(thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + "I read the comments every morning and reply to them.", thresholds)
    assert metrics.criteria["metrics"].evidence == (), metrics.criteria["metrics"]


@pytest.mark.parametrize("said", ["After a launch I wonder what did they read first?",
                                  "I always ask where do people click first on a new page?"])
def test_a_question_of_what_or_where_counts_nothing(said: str, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + said, thresholds).criteria["metrics"]
    assert metrics.evidence == (), metrics
