"""A product whose name no list knows may stand after words describing it, in a usage frame: "We set up a simple
GitHub Action that pings a maintainer", "we moved to the shiny new HootSuite dashboard" (bot/evaluation/
tool_names.py, `_name_at`). Only a name in CamelCase or written as a domain counts there: after "a lot of" or "a
great", capitals name things ("GIFs", "CTAs") and a capitalised word a person ("Sarah")."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def tools(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en")).evidence


@pytest.mark.parametrize(("text", "name"), [
    ("We set up a simple GitHub Action that pings a maintainer when a PR arrives.", "GitHub Action"),
    ("We switched to the brand new ModBoard.io for the queue.", "ModBoard.io"),
])
def test_a_product_name_after_describing_words_counts(text: str, name: str) -> None:
    assert name in tools(text)


@pytest.mark.parametrize("text", [
    "I use a lot of GIFs and CTAs in my posts.",
    "I rely on a great Sarah who checks the mentions.",
])
def test_capitals_or_a_person_after_describing_words_are_no_tool(text: str) -> None:
    assert tools(text) == ()
