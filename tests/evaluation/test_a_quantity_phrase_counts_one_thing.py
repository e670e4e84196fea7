"""A quantity word right before another is part of one phrase: "the total number of reviews" counts reviews once,
as "number of reviews" does, not as two metrics ("Total" + "reviews" and "number of" + "reviews"); and the candidate's
verb before the phrase ("I watch the total number of ...") is their watching, not what is counted (it had read
"watch" as the views of a video). bot/evaluation/metric_frames.py, framed_metrics."""

from __future__ import annotations

import pytest

from bot.evaluation.metric_frames import framed_metrics
from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


@pytest.mark.parametrize("said", ["total number of", "the total number of", "overall number of"])
def test_the_phrase_is_one_count(said: str) -> None:
    reading = Reading.of(f"I watch the response rate and the {said} reviews.", "en")
    framed, _ = framed_metrics(reading, [])
    assert [f.key for f in framed if f.counted] == ["described:review"]


def test_two_things_counted_are_still_two() -> None:
    found = find_metrics(Reading.of("I watch the total number of reviews and the number of new members.", "en"),
                         doubt_below=3)
    assert found.count == 2


def test_three_named_are_three_not_four() -> None:
    found = find_metrics(Reading.of("I watch the total number of reviews, the response rate and the ratio of "
                                    "positive responses to overall responses.", "en"), doubt_below=3)
    assert found.count == 3
    assert "number of reviews" in found.evidence
    assert not any(e.startswith("watch") for e in found.evidence)


def test_a_quantity_ending_a_clause_stays_its_own() -> None:
    # "in total, number of ..." : a comma between, no phrase.
    reading = Reading.of("Reviews in total, number of replies and response time.", "en")
    framed, _ = framed_metrics(reading, [])
    assert any(f.why == 'measured: "number of" … "replies"' for f in framed)
