"""Visits to a website are traffic, however they are phrased: "visits to our website", "visitors to our blog".
metrics.toml [not_metrics] holds "visits to" (a visit to a place is no metric), and a phrase of it over a named
metric blocked the metric; a metric's name that holds such a phrase whole and runs on past it says what the phrase
left open, and stands (metrics._name_blocked)."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def _evidence(text: str) -> tuple[str, ...]:
    return find_metrics(Reading.of(text, "en"), doubt_below=3).evidence


@pytest.mark.parametrize(("text", "metric"), [
    ("Metrics: I watch the number of followers, engagement with our followers, visits to our website, and bookings.",
     "visits to our website"),
    ("We track reach, saves and visits to the website.", "visits to the website"),
    ("We count visitors to our blog, reach and saves.", "visitors to our blog"),
])
def test_visits_to_a_website_are_traffic(text: str, metric: str) -> None:
    assert metric in _evidence(text)


def test_a_visit_to_a_place_is_none() -> None:
    assert not any("visit" in e for e in _evidence("I track reach and saves. My visits to the dentist are rare."))
