"""Satisfaction asked of the customers, and people counted by what they do after a quantity (issue 9 item 2).
"we ask the customer to rate it from one to five" measures satisfaction (CSAT) as much as naming it does
(metric_frames.toml [rated]); "we never ask customers to rate us" does not. "how many of those visitors sign
up" counts signing up: a word of [people] that also starts like an action ("visitors", "followers") is who is
counted when an action follows it.
"""

from __future__ import annotations

import pytest

from tests.evaluation.test_offline import evaluate


@pytest.mark.parametrize(("name", "metrics", "verdict"), [
    ("metrics_customers_asked_to_rate.eml",
     ["ask the customer to rate", "first response time", "resolution time"], "pass"),
    ("metrics_visitors_counted_by_what_they_do.eml",
     ["traffic", "how many of those visitors sign up", "saves"], "pass"),
    ("metrics_never_asked_to_rate.eml", ["first response time", "resolution time"], "fail"),
])
def test_metrics_asked_of_customers_and_visitors(name: str, metrics: list[str], verdict: str) -> None:
    result = evaluate(name)
    assert result["criteria"]["metrics"]["evidence"] == metrics, result["criteria"]["metrics"]
    assert result["verdict"] == verdict
