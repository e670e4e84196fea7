"""A word that joins a sentence to the one before ("therefore", "however", "moreover") is no item of a list of
metrics, wherever a comma sets it off: "I can see where readers are when they visit. Therefore, I adjust my
posting time and our engagement plan" names two metrics, not three. Listed items in a list of metrics still
count ("Metrics: reach, saves, dwell time and CTR")."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def _metrics(text: str) -> tuple[int, tuple[str, ...]]:
    found = find_metrics(Reading.of(text, "en"), doubt_below=3)
    return found.count, found.evidence


@pytest.mark.parametrize("connective", ["Therefore", "However", "Moreover", "Consequently"])
def test_a_connective_set_off_by_commas_is_no_metric(connective: str) -> None:
    text = ("Metrics:\nI can see which city my readers are in when they visit the site. "
            f"{connective}, I adjust my posting time and choose the right engagement strategies.")
    count, evidence = _metrics(text)
    assert connective not in evidence
    assert count < 3


def test_the_items_of_a_list_of_metrics_still_count() -> None:
    count, evidence = _metrics("Metrics: I track reach, saves, dwell time and CTR.")
    assert count >= 3
    assert "dwell time" in evidence
