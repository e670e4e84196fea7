"""A past use the next sentence says still holds is a use now: "I mentioned back in the day (ish) that Planoly was one
of my most-used apps. And that's still true today." takes the app up, as "... and have used it ever since" does in
one sentence. Only a sentence opening so ("And that's still true", "That is still the case"); the same words
elsewhere take nothing up. English. bot/evaluation/subjects.py, taken_up_after."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("still", ["And that’s still true today.", "That is still the case.", "And it's still true."])
def test_a_past_use_said_to_still_hold_counts(still: str) -> None:
    text = f"Back in the day Planoly was one of my most-used apps. {still} We also use Canva for the visuals."
    assert find_tools(Reading.of(text, "en")).count == 2


def test_without_it_the_past_use_stays_past() -> None:
    text = "Back in the day Planoly was one of my most-used apps. We also use Canva for the visuals."
    assert find_tools(Reading.of(text, "en")).count == 1


def test_the_words_inside_another_sentence_take_nothing_up() -> None:
    text = "Back in the day Planoly was one of my most-used apps. Now I use Canva and that is still true."
    assert find_tools(Reading.of(text, "en")).count == 1
