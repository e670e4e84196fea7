"""A capitalised word after a usage frame, with what it is for right after it, is a product however common the word
("I use Fathom for my website, Transistor (for my Podcast) and Vimeo (for my videos)": Fathom and Transistor are
tools, Vimeo a channel; bot/evaluation/tool_names.py, `_capitalised_for_a_purpose`). A word as common as a day's name
is not, nor a capitalised word with no purpose after it."""

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
    "Tools: I use Monday for planning and Canva.",
    "Tools: I use Fathom and Canva.",
])
def test_an_everyday_name_or_one_without_a_purpose_is_not(said: str) -> None:
    assert _tools(said) == {"canva"}
