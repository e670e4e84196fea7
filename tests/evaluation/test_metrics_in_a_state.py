"""A counted state before a named metric makes a metric of its own (issue 9 item 2): "New active users" beside
"Monthly active users" are two metrics, as "unanswered threads" and "threads" are (metric_frames.toml [states]);
the same name twice is still one."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_a_new_count_of_a_named_metric_is_a_metric_of_its_own(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_a_state_of_a_named_metric"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("Monthly active users", "New active users", "Reach")
    assert judgement.verdict == Verdict.PASS
