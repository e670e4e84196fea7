"""Which posts do best is a metric as every network's analytics lists it ("Top posts", "Top Tweets"; metrics.toml
[top_content]): "the most important analytic you can measure is your top posts". In a sentence about posting
("our top posts were about the launch") it names none."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Tools: Hootsuite and Trello.\n\n"
_TIP = "\n\nTip: listen to angry customers and apologise."


@pytest.mark.parametrize("said", [
    "I track reach and saves. The most important analytic you can measure is probably your top posts.",
    "Metrics: reach, saves and best-performing content.",
])
def test_top_posts_among_metrics_are_a_metric(said: str) -> None:
    metrics = judge_rules(_TOOLS + said + _TIP, EvaluationSettings()).criteria["metrics"]
    assert metrics.met, metrics


def test_top_posts_told_as_content_are_none() -> None:
    said = "Our top posts this month were about the launch. I watch reach and saves."
    metrics = judge_rules(_TOOLS + said + _TIP, EvaluationSettings()).criteria["metrics"]
    assert not metrics.met, metrics
