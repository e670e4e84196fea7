"""A word ending in -ly that opens a list's clause is an adverb, not an item of the list of metrics (metrics.py):
"Metrics: Currently, you are aggregating all your replies, RTs, new followers" names replies, RTs and new followers,
not "Currently"; "Honestly, ..." and "Lately, ..." neither."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def _evidence(text: str) -> tuple[str, ...]:
    return tuple(e.lower() for e in find_metrics(Reading.of(text, "en"), doubt_below=3).evidence)


@pytest.mark.parametrize("text", [
    "Hi,\n\nMetrics: Currently, you are aggregating all your replies, RTs, new followers and click-thrus.\n\nThanks",
    "Hi,\n\nMetrics: Honestly, reach, saves, CTR and shares.\n\nThanks",
    "Hi,\n\nMetrics: Lately, impressions, saves, CTR and shares.\n\nThanks",
])
def test_an_adverb_opening_a_list_is_no_metric(text: str) -> None:
    evidence = _evidence(text)
    assert len(evidence) >= 3
    assert not any(e in ("currently", "honestly", "lately") for e in evidence)
