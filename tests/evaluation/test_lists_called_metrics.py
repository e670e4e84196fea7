"""A list the reply itself calls metrics (metrics._NAMED_LIST_LEAD): "Metrics include A, B and C", "the metrics we
watch are A, B and C", "metrics like A, B and C". Its items are metrics in whatever words, as "tools like X" makes
X a tool; a lead that opens a clause instead of a list names none."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Finding, Reading


def metrics_of(text: str) -> Finding:
    return find_metrics(Reading.of(text, "en"))


@pytest.mark.parametrize("text", [
    "Metrics include thread depth, helper streaks, and mentor pairings.",
    "The metrics I watch are thread depth, helper streaks and mentor pairings.",
    "Our KPIs include thread depth, helper streaks and mentor pairings.",
    "I keep to simple metrics like thread depth, member tenure and mentor pairings.",
    "The metrics we report on include thread depth, helper streaks and mentor pairings.",
])
def test_the_items_of_a_list_called_metrics_are_metrics(text: str) -> None:
    found = metrics_of(text)
    assert found.count == 3, found
    assert "helper streaks" in found.evidence or "member tenure" in found.evidence, found


def test_a_known_metric_among_them_counts_once() -> None:
    found = metrics_of("Our metrics include reach, posting cadence and saves.")
    assert found.evidence == ("reach", "posting cadence", "saves"), found


@pytest.mark.parametrize("text", [
    "Metrics like these are useful, cheap and honest.",
    "Metrics are useful, cheap and honest.",
    "I don't use metrics like thread depth, helper streaks or mentor pairings.",
])
def test_a_clause_or_a_denial_after_the_word_names_no_metric(text: str) -> None:
    assert metrics_of(text).count == 0


def test_without_the_word_metrics_unknown_items_stay_unknown() -> None:
    # Only the reply's own word makes unknown words metrics: "I watch A, B and C" could list anything.
    assert metrics_of("I watch thread depth, helper streaks and mentor pairings.").count == 0
