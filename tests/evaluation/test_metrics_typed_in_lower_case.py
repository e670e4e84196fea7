"""Metrics written in capitals, typed in lower case (issue 9 item 2: metrics as people phrase them). Phones and
quick replies drop the capitals: "saves, csat and roas" names three metrics. A one-word name the metrics list
writes in capitals counts in lower case when it has at least three letters and stands in a sentence about
metrics, as the list's everyday words do; "er" is a filler word, not the engagement rate.
"""

from __future__ import annotations

import pytest

from tests.evaluation.test_offline import evaluate


@pytest.mark.parametrize(("name", "metrics", "verdict"), [
    ("metrics_capitals_typed_in_lower_case.eml", ["saves", "csat", "roas"], "pass"),
    ("metrics_a_filler_word_is_no_metric.eml", ["saves", "reach"], "fail"),
])
def test_metrics_typed_in_lower_case(name: str, metrics: list[str], verdict: str) -> None:
    result = evaluate(name)
    assert result["criteria"]["metrics"]["evidence"] == metrics, result["criteria"]["metrics"]
    assert result["verdict"] == verdict
