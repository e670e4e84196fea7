"""A span of time times no thing: "all-time records", "an all time high" name no metric the way "response time"
does."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


@pytest.mark.parametrize("text", [
    "Metrics:\nI track reach and saves. My shop set all-time records in December.",
    "Metrics:\nI track reach and saves. Sales hit an all time high.",
])
def test_all_time_names_no_metric(text: str) -> None:
    evidence = find_metrics(Reading.of(text, "en"), doubt_below=3).evidence
    assert not any("all" in e.lower() for e in evidence), evidence


def test_a_time_taken_still_does() -> None:
    evidence = find_metrics(Reading.of("Metrics:\nI track reach, saves and response time.", "en"),
                            doubt_below=3).evidence
    assert "response time" in evidence
