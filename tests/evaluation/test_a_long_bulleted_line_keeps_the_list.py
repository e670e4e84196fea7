"""A bulleted line too long to be read as a short item ("• The response rate to positive reviews, neutral reviews and
bad reviews") still stands in its bulleted list: the list goes on past it, and the short items after it are items of
the same list of metrics ("• The ratio of positive responses to overall responses"), not a new list of one metric.
The long line itself is not read as a short item. bot/evaluation/metrics.py, _lists."""

from __future__ import annotations

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading

_LONG = "  • The response rate to positive reviews, neutral reviews and bad reviews\n"


def test_the_items_after_a_long_line_stay_in_the_list() -> None:
    text = ("  • Total number of reviews this year\n"
            "  • The response rate to all reviews\n"
            + _LONG +
            "  • Best rated features and worst rated features\n"
            "  • The ratio of positive responses to overall responses\n")
    found = find_metrics(Reading.of(text, "en"), doubt_below=3)
    assert "ratio of positive responses" in found.evidence
    assert found.count == 3


def test_a_paragraph_between_ends_the_list() -> None:
    text = ("  • Total number of reviews this year\n"
            "  • The response rate to all reviews\n\n"
            + _LONG + "\n"
            "  • Best rated features and worst rated features\n"
            "  • The ratio of positive responses to overall responses\n")
    found = find_metrics(Reading.of(text, "en"), doubt_below=3)
    assert "ratio of positive responses" not in found.evidence


def test_an_unbulleted_long_line_ends_the_list() -> None:
    text = ("  • Total number of reviews this year\n"
            "  • The response rate to all reviews\n"
            "The response rate to positive reviews, neutral reviews and bad reviews matters to everyone here\n"
            "  • Best rated features and worst rated features\n"
            "  • The ratio of positive responses to overall responses\n")
    found = find_metrics(Reading.of(text, "en"), doubt_below=3)
    assert "ratio of positive responses" not in found.evidence
