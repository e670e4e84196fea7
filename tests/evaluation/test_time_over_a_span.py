"""A time over a span, from one event to another, is the time of what ends it (metric_frames.toml [time_span]):
"the time from a complaint to when it is fixed" is resolution time, "the time between a post and its first reply"
response time. Time someone spends is no number, and a span with no action ending it names nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Finding, Reading


def metrics_of(text: str, language: str = "en") -> Finding:
    return find_metrics(Reading.of(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("Each week I check the time from a member's first complaint to when the case is finally closed.", "en"),
    ("Each week I check the time between a new question and its first reply.", "en"),
    ("Cada semana miro el tiempo entre la pregunta y la respuesta.", "es"),
    ("Jede Woche prüfe ich die Zeit zwischen Anfrage und Antwort.", "de"),
])
def test_a_time_over_a_span_is_a_metric(text: str, language: str) -> None:
    assert metrics_of(text, language).count == 1


@pytest.mark.parametrize(("span", "named"), [
    ("the time from a member's first complaint to when the case is finally closed", "resolution time"),
    ("the time between a new question and its first reply", "response time"),
])
def test_it_is_the_time_of_the_action_ending_the_span(span: str, named: str) -> None:
    # Named beside the time it is, it counts once with it; beside the other time, twice.
    other = {"resolution time": "response time", "response time": "resolution time"}[named]
    assert metrics_of(f"Each week I check {named} and {span}.").count == 1
    assert metrics_of(f"Each week I check {other} and {span}.").count == 2


@pytest.mark.parametrize("text", [
    "I spend time from my mornings to my lunch replying to people.",
    "There is a lot of time between our launches and our events.",
])
def test_time_spent_or_a_span_without_an_action_is_no_metric(text: str) -> None:
    assert metrics_of(text).count == 0
