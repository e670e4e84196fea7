"""A number said to move is a number watched (metric_frames.toml [trends]): "our reach dipped", "followers grew",
"likes went up after the redesign" name reach, followers and likes as metrics, although each of those words is
an everyday word that names a metric only in a sentence about metrics. A reason's clause states a fact, and a
word that is no metric's name moves nothing the rules count."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Finding, Reading


def metrics_of(text: str) -> Finding:
    return find_metrics(Reading.of(text, "en"))


@pytest.mark.parametrize("text", [
    "Our reach dipped last month.",
    "Reach grew a lot after we started posting videos.",
    "Our followers grew over the summer.",
    "Likes went up after the redesign.",
    "Views spiked when the clip was shared.",
])
def test_an_everyday_metric_said_to_move_is_a_metric(text: str) -> None:
    assert metrics_of(text).count == 1


def test_three_numbers_said_to_move_are_three_metrics() -> None:
    text = "Reach dipped on fewer videos, but saves climbed 40% and views went up."
    assert metrics_of(text).count == 3


@pytest.mark.parametrize("text", [
    "We reach out to people when they write.",
    "Our team grew over the summer.",
    "It grows every week.",
])
def test_what_names_no_metric_moves_no_metric(text: str) -> None:
    assert metrics_of(text).count == 0
