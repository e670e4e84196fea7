"""A bulleted line that sets one measure against itself across two periods or groups ("Total number of reviews this
year v's total number of reviews last year") is one item of a list, as long as its longer side: the other side says
what the measure is set against, not another thing, so the line is no longer too long for an item and the list it
stands in is a list of metrics. "v" and "v's" are "versus" as British writers shorten it.
bot/evaluation/metrics.py, _lists and _bulleted_item_words."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


@pytest.mark.parametrize("versus", ["vs", "versus", "v's", "v’s", "v"])
def test_a_measure_compared_across_years_is_an_item(versus: str) -> None:
    text = (f"  • Total number of reviews this year {versus} total number of reviews last year\n"
            "  • The response rate to all reviews\n"
            "  • The ratio of positive responses to overall responses\n")
    found = find_metrics(Reading.of(text, "en"), doubt_below=3)
    assert found.count == 3
    assert "number of reviews" in found.evidence


def test_the_compared_item_at_the_end_of_the_list_too() -> None:
    text = ("  • Total number of reviews this year\n"
            "  • The response rate to all reviews\n"
            "  • The ratio of positive responses to overall responses this year versus last year\n")
    assert find_metrics(Reading.of(text, "en"), doubt_below=3).count == 3


def test_a_long_bulleted_sentence_with_no_comparison_is_still_no_item() -> None:
    # Eleven words or more with nothing compared: prose behind a bullet, where everyday words name no metric.
    text = ("  • Our users enjoy the interactions with each other in the weekly threads we open\n"
            "  • The response rate to all reviews\n")
    found = find_metrics(Reading.of(text, "en"), doubt_below=3)
    assert "users" not in found.evidence and "interactions" not in found.evidence
