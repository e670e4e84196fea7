"""What the candidate uses, named by "is" after the using: "The main system we use for Support is Kayako", "The
tool I rely on most is Zorbly", "My go-to for listening is Brandlytic". A name no list knows counts there as it
does after "I use" (tool_frames.toml [before]); a person's name named so ("The thing we use most is Siobhan, our
designer") does not, nor a network, which stays a channel."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _evidence(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en")).evidence


@pytest.mark.parametrize(("text", "tool"), [
    ("The main system we use for Support is Kayako, and tickets go to our team from there.", "Kayako"),
    ("The tool I rely on most is Zorbly.", "Zorbly"),
    ("My go-to for listening is Brandlytic.", "Brandlytic"),
])
def test_a_name_said_to_be_what_is_used_is_a_tool(text: str, tool: str) -> None:
    assert tool in _evidence(text)


@pytest.mark.parametrize(("text", "word"), [
    ("The thing we use most is Siobhan, our designer.", "Siobhan"),
    ("The channel we use most is Instagram.", "Instagram"),
    ("What we use to measure success is Reach.", "Reach"),
])
def test_a_person_a_network_or_a_common_word_is_no_tool(text: str, word: str) -> None:
    assert word not in _evidence(text)
