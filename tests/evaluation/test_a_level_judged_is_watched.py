"""A metric whose level is judged, or whose move is denied, is watched, whatever the negation: "engagement isn't
growing", "it hasn't been great", "that didn't seem to decrease my sales" report the numbers. A denial of watching
stays one ("I don't track views", "sales aren't something I look at")."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def _evidence(text: str) -> tuple[str, ...]:
    return find_metrics(Reading.of(text, "en"), doubt_below=3).evidence


@pytest.mark.parametrize(("text", "metric"), [
    ("Metrics:\nI track reach and saves. Engagement isn't growing this quarter.", "Engagement"),
    ("Metrics:\nI track reach and saves. The new layout didn't seem to decrease our sales.", "sales"),
    ("Metrics:\nI track reach and saves. Our engagement hasn't been great since March.", "engagement"),
    # A metric of two words is read from where it starts, not from its last word.
    ("Metrics:\nI track reach and saves. The new layout didn't seem to decrease our engagement rate.",
     "engagement rate"),
    ("Metrics:\nI track reach and saves. Posting less didn't lower our click-through rate.", "click-through rate"),
])
def test_a_level_judged_or_a_move_denied_is_watched(text: str, metric: str) -> None:
    assert metric in _evidence(text)


@pytest.mark.parametrize("text", [
    "Metrics:\nI track reach and saves. I don't track engagement.",
    "Metrics:\nI track reach and saves. Engagement isn't something I look at.",
])
def test_a_denial_of_watching_stays_one(text: str) -> None:
    assert not any("ngagement" in e for e in _evidence(text))
