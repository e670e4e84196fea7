"""Telling two things apart denies neither (negation.toml [not_cues]): "reach, which is not to be confused with
impressions, and saves" names three metrics, and "This is to not be confused with impressions, which is the number of
times your content is displayed" names impressions, as "not only" and "whether or not" deny nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


@pytest.mark.parametrize("text", [
    "I track reach, which is not to be confused with impressions, and saves.",
    "Reach is the total number of people who see your content. This is to not be confused with impressions, which is "
    "the number of times your content is displayed. So, I track the number of new followers each month.",
    "I watch saves and reach (not to be mistaken for impressions) every week.",
])
def test_telling_metrics_apart_denies_none(text: str) -> None:
    found = find_metrics(Reading.of(text, "en"), doubt_below=3)
    assert found.count >= 3
    assert "impressions" in (e.lower() for e in found.evidence)


def test_a_metric_not_tracked_is_still_denied() -> None:
    assert find_metrics(Reading.of("I track reach and saves, not impressions.", "en"), doubt_below=3).count == 2
