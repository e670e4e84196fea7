""""X per Y" names what is counted per what: "messages per user" and "messages per channel" are two metrics, while
"posts per day" and "posts per week" are one read over two periods (metric_frames.toml [per_periods])."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def test_counts_per_different_units_are_different_metrics() -> None:
    text = "Numbers I pull every week:\n- Messages per user\n- Words per user\n- Messages per channel\n"
    metrics = judge_rules(text, EvaluationSettings()).criteria["metrics"]
    assert metrics.met, metrics
    assert "Messages per channel" in metrics.evidence


def test_counts_per_different_periods_are_one_metric() -> None:
    text = "Numbers I pull every week:\n- Replies per day\n- Replies per week\n- Shares per post\n"
    metrics = judge_rules(text, EvaluationSettings()).criteria["metrics"]
    assert not metrics.met, metrics
