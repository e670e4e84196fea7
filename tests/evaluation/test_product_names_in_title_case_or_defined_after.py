"""A product's name may be made of common words when it is written as a name: mid-sentence, capitalised words
ending in a capitalised product noun ("I check the numbers in the Creator Dashboard", "posts go out through the
Meta Business Suite App") are a product, however common the words (bot/evaluation/tool_names.py,
`_part_of_the_name`). So is a name the next sentence defines as a kind of software ("The first step is getting
Streamcraft. It's a free chat client for Twitch": tool_frames.toml [after]). At a sentence's start, capitals mark
nothing; a person (a pronoun or a role after the name) stays a person; a network's own app stays the network's."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def tools(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en")).evidence


@pytest.mark.parametrize(("text", "name"), [
    ("Every morning I check the numbers in the Creator Dashboard before the stream.", "Creator Dashboard"),
    ("Our posts go out through the Harbour Desk App and nothing else.", "Harbour Desk App"),
    ("The first step is getting Streamcraft. It's a free and open source chat client for Twitch.", "Streamcraft"),
    ("We started with Quillmate. It is a small scheduling tool made by two students.", "Quillmate"),
])
def test_a_name_written_as_a_product_or_defined_as_one_counts(text: str, name: str) -> None:
    assert name in tools(text)


@pytest.mark.parametrize("text", [
    "Dashboard reports go to the board every Friday.",
    "The Weekly Dashboard, who my manager calls her favourite colleague, is a person we hired.",
    "Most of our followers open the Instagram App on their phones.",
    "I love Hootsuite. Dashboard views are what I show my boss.",
])
def test_capitals_at_a_start_a_person_or_a_network_are_no_new_product(text: str) -> None:
    found = tools(text)
    assert not any("Dashboard" in name or name == "Instagram App" for name in found), found
