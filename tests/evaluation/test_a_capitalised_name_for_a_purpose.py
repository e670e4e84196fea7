"""A capitalised word after a usage frame, with what it is for right after it, is a product however common the word
("I use Fathom for my website, Transistor (for my Podcast) and Vimeo (for my videos)": Fathom and Transistor are
tools, Vimeo a channel; bot/evaluation/tool_names.py, `_capitalised_for_a_purpose`), or with an infinitive of
purpose ("a service (I use Gist) to help me know when there's a story about a customer"). A word as common as a
day's name is not, nor a capitalised word with no purpose after it."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _tools(text: str) -> set[str]:
    return {e.lower() for e in find_tools(Reading.of(text, "en")).evidence}


def test_capitalised_words_used_for_a_purpose_are_tools() -> None:
    assert _tools("Tools: I use Fathom for my website, Transistor (for my Podcast) and Vimeo (for my videos).") == {
        "fathom", "transistor"}


@pytest.mark.parametrize("said", [
    "We use Canva for visuals, and a service (I use Gist) to help me know when there's a story about a customer.",
    "We use Canva for visuals. I use Gist to keep track of stories about our customers.",
])
def test_capitalised_words_with_an_infinitive_of_purpose_are_tools(said: str) -> None:
    assert _tools(said) == {"canva", "gist"}


@pytest.mark.parametrize("said", [
    "Tools: I use Monday for planning and Canva.",
    "Tools: I use Monday to plan and Canva.",
    "Tools: I use Canva and Facebook to reach people.",
    "Tools: I use Fathom and Canva.",
])
def test_an_everyday_name_or_one_without_a_purpose_is_not(said: str) -> None:
    assert _tools(said) == {"canva"}
