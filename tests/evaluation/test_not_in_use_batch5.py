"""Not the candidate's, a fifth batch of shapes (issue 9): an owner in an aside ("Emplifi (my boss's)"),
a conditional with "we'd probably", a tool not in use or on a wishlist, family and a parent company as
owners, metrics one should start tracking or calls buzzwords. "We'd be lost without X" is use."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("text", [
    "- Emplifi (my boss's)\n- Figma – the designer's",
    "We'd probably pick Emplifi and Talkwalker if the budget allowed.",
    "Sendible and Loomly: on our wishlist, not in use.",
    "My cousin runs her bakery's posts through Planoly and Later.",
    "Our head office licenses Sprinklr and Khoros for the brand accounts.",
])
def test_tools_that_are_not_the_candidates(text: str) -> None:
    found = find_tools(Reading.of(text, "en"))
    assert found.count == 0, found


@pytest.mark.parametrize("text", [
    "We should really start tracking CSAT, churn and share of voice.",
    "Saves, CTR and impressions are buzzwords to me; I trust my gut.",
    "Saves, CTR and impressions are just vanity metrics, so I skip them.",
])
def test_metrics_that_are_not_watched(text: str) -> None:
    found = find_metrics(Reading.of(text, "en"))
    assert found.count == 0, found


def test_lost_without_is_use() -> None:
    assert find_tools(Reading.of("We'd be lost without Agorapulse and Canva.", "en")).count == 2
