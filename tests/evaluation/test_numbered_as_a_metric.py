"""A line whose label numbers it as a metric names one, in whatever words: "Metric #1: Monthly Listeners", "KPI 2 -
Playlist Adds", "Metric three: Saves" (metrics._numbered_as_metrics), as a name the candidate calls their metric
does. A longer line after such a label is a sentence, not a name; a label numbering something else names none."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


@pytest.mark.parametrize("lines", [
    "Metric #1: Monthly Listeners\nMetric #2: Playlist Adds\nMetric #3: Follows",
    "KPI 1 - Monthly Listeners\nKPI 2 - Playlist Adds\nKPI 3 - Follows",
    "- Metric one: Monthly Listeners\n- Metric two: Playlist Adds\n- Metric three: Follows",
])
def test_names_numbered_as_metrics_count(lines: str) -> None:
    found = find_metrics(Reading.of("Hi Alex!\n" + lines + "\nThanks", "en"), doubt_below=3)
    assert {"Monthly Listeners", "Playlist Adds"} <= set(found.evidence)
    assert found.count >= 3


def test_a_sentence_after_the_label_is_no_name() -> None:
    found = find_metrics(Reading.of("Metric #1: we tried everything the agency suggested last spring\n", "en"),
                         doubt_below=3)
    assert found.count == 0


def test_another_numbered_label_names_no_metric() -> None:
    found = find_metrics(Reading.of("Step #1: Playlist Adds\nStep #2: Monthly Listeners\n", "en"), doubt_below=3)
    assert "Playlist Adds" not in found.evidence
