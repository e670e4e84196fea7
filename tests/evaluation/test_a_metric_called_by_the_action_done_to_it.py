"""Synonyms count once (issue 9 item 2): a thing the candidate calls their metric, named by the action done to it
("A saved post is my most cherished metric"), is the count of that action, one metric with "saves" said elsewhere;
said alone it still counts. A name whose first word is no action done to a thing stays a metric of its own."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Hi,\n\nI plan in Later and design in Canva.\n\n"
_TIP = "\n\nTip: thank the angry person for the feedback, then fix it."


def test_a_saved_post_and_saves_are_one_metric(thresholds: EvaluationSettings) -> None:
    said = ("I gave up on counting likes years ago. What I watch are saves and shares. "
            "A saved post is my most loved metric.")
    metrics = judge_rules(_TOOLS + said + _TIP, thresholds).criteria["metrics"]
    assert len(metrics.evidence) == 2 and not metrics.met, metrics


def test_a_saved_post_alone_still_counts(thresholds: EvaluationSettings) -> None:
    said = "I watch reach and shares. A saved post is my most loved metric."
    metrics = judge_rules(_TOOLS + said + _TIP, thresholds).criteria["metrics"]
    assert metrics.met and len(metrics.evidence) == 3, metrics


def test_a_name_opened_by_no_action_is_its_own_metric(thresholds: EvaluationSettings) -> None:
    said = "I watch saves and shares. Time to first reply is our most loved metric."
    metrics = judge_rules(_TOOLS + said + _TIP, thresholds).criteria["metrics"]
    assert metrics.met and len(metrics.evidence) == 3, metrics
