"""A tool type set in apposition after a name says what the name is, one tool with it, not a second one: "I use
Kurrently, a social listening tool" names one tool, and "I learned about Plausible, an open source web analytics
platform" names none the candidate uses (bot/evaluation/tools.py, `_glosses_a_name`). A type that is the subject of
its own clause ("Monday to Friday, a social listening tool runs too") or joined as another item stays a tool."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("said", "count"), [
    ("Tools: I use Kurrently, a social listening tool.", 1),
    ("Tools: I use Kurrently, a social listening tool for brands.", 1),
    ("Tools: I use Hootsuite. Recently, I learned about Plausible, an open source web analytics platform.", 1),
])
def test_a_type_glossing_a_name_is_no_second_tool(said: str, count: int) -> None:
    assert find_tools(Reading.of(said, "en")).count == count


@pytest.mark.parametrize("said", [
    "Tools: Mostly Hootsuite. Monday to Friday, a social listening tool runs too.",
    "Tools: I use Hootsuite and a social listening tool.",
])
def test_a_type_of_its_own_still_counts(said: str) -> None:
    assert find_tools(Reading.of(said, "en")).count == 2
