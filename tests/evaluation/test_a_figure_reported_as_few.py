"""A number reported as few or none is a number watched (metric_frames.toml [few_verbs], [few_words]): "I have not
had any link clicks", "it isn't pushing many clicks yet", "we got no replies" report a metric's figure; "I do not
track link clicks" denies watching it. A move told in the past reports the number too ("our CTR has dropped")."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Finding, Reading


def metrics_of(text: str) -> Finding:
    return find_metrics(Reading.of(text, "en"))


@pytest.mark.parametrize("text", [
    "I track shares and likes. I have not had any link clicks this month.",
    "I track shares and likes, but the new format isn’t pushing many clicks yet.",
    "I track shares and likes; we got no replies on that post.",
    "I track shares and likes, and we haven’t seen much engagement lately.",
])
def test_a_figure_reported_as_few_is_a_metric_watched(text: str) -> None:
    assert metrics_of(text).count == 3


@pytest.mark.parametrize("text", [
    "I track shares and likes. I do not track link clicks.",
    "I track shares and likes. We never look at engagement.",
    "I track shares and likes. I don't care about clicks, to be honest.",
])
def test_a_metric_denied_is_not_watched(text: str) -> None:
    assert metrics_of(text).count == 2


@pytest.mark.parametrize("text", [
    "Our reach has dropped since March.",
    "Engagement was declining before the relaunch.",
    "Our followers had grown by spring.",
    "Impressions rose after the relaunch.",
])
def test_a_move_told_in_the_past_reports_the_number(text: str) -> None:
    assert metrics_of(text).count == 1
