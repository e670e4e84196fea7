"""An idiom closing a list as "etc." does ("call volume, ticket counts, you name it", "and so on") is no item of
it: not a metric, not even a doubtful one that sends a reply with two metrics to a person (bot/evaluation/metrics.py
`_closes_a_list`)."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES


@pytest.mark.parametrize("text", [
    "We tracked everything: call volume, ticket counts, you name it.",
    "Metrics: call volume, ticket counts and so on.",
])
def test_a_closing_idiom_is_no_item_of_a_list_of_metrics(text: str) -> None:
    finding = find_metrics(Reading.of(text, "en"), doubt_below=3)
    assert finding.doubtful == ()
    assert finding.count == 2


def test_a_reply_with_two_metrics_and_you_name_it_fails() -> None:
    result = evaluate_bytes((FIXTURES / "metrics_list_closed_by_you_name_it.eml").read_bytes(), Settings())
    assert result["criteria"]["metrics"]["met"] is False
    assert result["verdict"] == "fail"
