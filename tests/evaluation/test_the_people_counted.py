"""A word for people right before a metric's name is who is counted, not whose metric it is: "my Facebook friend
growth", "member churn", "fan growth" are the candidate's metrics; "my friend tracks follower growth" is the
friend's."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Finding, Reading


def metrics_of(text: str) -> Finding:
    return find_metrics(Reading.of(text, "en"))


@pytest.mark.parametrize("text", [
    "I track reach and CTR, and my Facebook friend growth.",
    "I track reach and CTR, and my partner growth.",
])
def test_the_people_counted_before_a_metric_name_it(text: str) -> None:
    assert metrics_of(text).count == 3


def test_a_person_who_watches_them_owns_them() -> None:
    found = metrics_of("My friend tracks follower growth, reach and CTR.")
    assert found.count == 0
    assert any("someone else's" in note for note in found.notes)
