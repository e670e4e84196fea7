"""A class of tools said to include its examples lists the trade's tools (to_the_reader._EXAMPLES_OF_A_CLASS): "Some
scheduling tools include: Buffer, Hootsuite and TweetDeck" names no tool the candidate uses, as "tools like Buffer"
does not; "My tools include Buffer and Hootsuite" says whose they are."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _tools(text: str) -> int:
    return find_tools(Reading.of(text, "en"), enough=2).count


@pytest.mark.parametrize("text", [
    "Some scheduling tools include: Buffer, Hootsuite and TweetDeck.",
    "Popular listening platforms include Brandwatch, Talkwalker and Meltwater.",
])
def test_a_class_said_to_include_tools_names_none_in_use(text: str) -> None:
    assert _tools(text) == 0


@pytest.mark.parametrize("text", [
    "My scheduling tools include Buffer, Hootsuite and TweetDeck.",
    "The tools we use include: Buffer, Hootsuite and TweetDeck.",
])
def test_the_candidates_tools_said_to_include_them_count(text: str) -> None:
    assert _tools(text) == 3
