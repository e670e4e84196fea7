"""A sentence whose subject is using a tool and whose verb says what that can do for anyone ("Using TweetDeck in
conjunction with Google Alerts will make reputation monitoring a breeze") recommends the tools, maybe the
candidate's practice, maybe not: they are doubtful, not counted (bot/evaluation/to_the_reader.py
`_recommended_by_a_gerund`). Said of the candidate ("has made MY monitoring a breeze") they count."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def count(text: str) -> int:
    return find_tools(Reading.of(text, "en")).count


@pytest.mark.parametrize("text", [
    "Using TweetDeck in conjunction with Google Alerts will make reputation monitoring a breeze.",
    "Combining Buffer and Canva can save a lot of time for small teams.",
])
def test_using_tools_as_a_subject_that_can_help_anyone_is_no_use(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize("text", [
    "Using TweetDeck with Google Alerts has made my monitoring a breeze.",
    "Using TweetDeck with Google Alerts, I can make monitoring a breeze.",
    "I use TweetDeck with Google Alerts, which makes monitoring a breeze.",
])
def test_the_candidates_own_use_counts(text: str) -> None:
    assert count(text) == 2
