"""A named metric that runs on past a phrase of not_metrics says what the phrase left open: "your share of" is an
idiom ("I've had my share of angry callers"), "your share of voice" the metric (metrics._name_blocked)."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Tools: Hootsuite and Trello.\n\n"
_TIP = "\n\nTip: listen to angry customers and apologise."


@pytest.mark.parametrize("said", ["It’s good to keep track of your share of voice and sentiment and reach.",
                                  "I report our share of voice, sentiment and reach every month."])
def test_a_name_past_the_idiom_is_the_metric(said: str) -> None:
    metrics = judge_rules(_TOOLS + said + _TIP, EvaluationSettings()).criteria["metrics"]
    assert "share of voice" in metrics.evidence, metrics


@pytest.mark.parametrize("said", ["I've had my share of angry callers and I reach out to them fast.",
                                  "We did our share of campaigns; sentiment and reach were fine."])
def test_the_idiom_alone_names_nothing(said: str) -> None:
    metrics = judge_rules(_TOOLS + said + _TIP, EvaluationSettings()).criteria["metrics"]
    assert not any("share" in e.lower() for e in metrics.evidence), metrics
