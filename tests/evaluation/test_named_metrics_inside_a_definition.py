"""A named metric told as part of what another metric is ("Conversion rate measures the percentage of users who
take a desired action") is no metric of its own; one after the definition's clause ends is (bot/evaluation/
metrics.py `_not_definitions`)."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def evidence(text: str) -> tuple[str, ...]:
    return find_metrics(Reading.of(text, "en")).evidence


@pytest.mark.parametrize(("text", "only"), [
    ("Conversion rate measures the percentage of users who buy something after seeing a post.", "Conversion rate"),
    ("First response time is the strongest predictor of customer satisfaction we have.", "First response time"),
])
def test_a_named_metric_inside_a_definition_is_no_metric_of_its_own(text: str, only: str) -> None:
    assert evidence(text) == (only,)


@pytest.mark.parametrize("text", ["Engagement is up, and reach is down.", "Reach is key and so are impressions."])
def test_a_metric_after_the_definitions_clause_ends_counts(text: str) -> None:
    assert len(evidence(text)) == 2


def test_reading_definitions_is_linear() -> None:
    from bot.evaluation import metrics
    from tests.evaluation.steps import steps

    def run(size: int) -> int:
        reading = Reading.of("Reach is the share of users who see it and engagement measures saves, " * size, "en")
        find_metrics(reading)  # warm: lexicons load outside the count
        return steps(lambda: find_metrics(reading), frozenset({metrics.__file__}))

    assert run(8 * 40) / run(40) < 16
