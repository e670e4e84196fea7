"""What a guide, an article or a course covers is its subject, not the candidate's tools: "The Sprout Social guide
covers Hootsuite, Buffer and Later", "This article compares ...", "The course I took reviewed ..." (negation.toml
[content_grammar]). The candidate's own use beside it still counts, and so does "my weekly report looked at reach"
for a tool named elsewhere."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def tools(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en")).evidence


@pytest.mark.parametrize("text", [
    "The Sprout Social guide covers Hootsuite, Buffer and Later in detail.",
    "This article compares Hootsuite, Buffer and Later.",
    "The course I took reviewed Hootsuite and Buffer.",
])
def test_what_a_piece_of_writing_covers_is_no_tool_used(text: str) -> None:
    assert tools(text) == ()


@pytest.mark.parametrize(("text", "used"), [
    ("I post with Buffer, and the report mentions Hootsuite.", ("Buffer",)),
    ("I use Hootsuite; my weekly report looked at reach.", ("Hootsuite",)),
])
def test_the_candidates_own_tools_beside_it_still_count(text: str, used: tuple[str, ...]) -> None:
    assert tools(text) == used
