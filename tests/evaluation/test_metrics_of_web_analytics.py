"""Web analytics counts people, unique people and single-page visits apart: "visitors, unique visitors and
the bounce rate" are three metrics (issue 9 item 2; lexicons/metrics.toml [traffic], [unique_visitors],
[bounce_rate]); "visits" and "visitors" stay one."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_visitors_unique_visitors_and_bounce_rate_are_three_metrics(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_web_analytics_counts"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("visitors", "unique visitors", "bounce rate")
    assert judgement.verdict == Verdict.PASS


def test_visits_and_visitors_are_one_metric(thresholds: EvaluationSettings) -> None:
    text = reply("metrics_web_analytics_counts").replace("visitors, unique visitors and the bounce rate",
                                                         "visits, visitors and sessions")
    assert len(judge_rules(text, thresholds).criteria["metrics"].evidence) == 1
