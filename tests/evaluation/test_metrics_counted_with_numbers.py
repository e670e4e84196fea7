"""Counts named with "numbers", "figures" or "stats" after what is counted (issue 9 item 2: metrics as people
phrase them). "member numbers, visitor figures and download stats" are three counts: a count head after who
is counted ([people]) or a counted action ([actions]) names that metric. "the weekly numbers", "the key
figures", "our stats" count nothing of their own.
"""

from __future__ import annotations

import pytest

from tests.evaluation.test_offline import evaluate


@pytest.mark.parametrize(("name", "metrics", "verdict"), [
    ("metrics_counted_with_numbers_and_figures.eml", ["member numbers", "visitor figures", "download stats"], "pass"),
    ("metrics_numbers_that_count_nothing.eml", ["reach"], "fail"),
])
def test_metrics_counted_with_numbers(name: str, metrics: list[str], verdict: str) -> None:
    result = evaluate(name)
    assert result["criteria"]["metrics"]["evidence"] == metrics, result["criteria"]["metrics"]
    assert result["verdict"] == verdict
