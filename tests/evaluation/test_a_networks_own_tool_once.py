"""A network's own tool named with a listed product's name ("Discord's AutoMod", "Reddit's AutoModerator") is one
tool, the network's: not that and the listed name inside it (tools._mentions)."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.spans import SpanSet
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("text", [
    "Discord's AutoMod feature keeps our server clean.",
    "On our subreddit, Reddit's AutoModerator removes the spam.",
])
def test_it_is_one_tool(text: str) -> None:
    found = find_tools(Reading.of(text, "en"), (), enough=2)
    assert found.count == 1, found


def test_with_another_tool_it_makes_two() -> None:
    found = find_tools(Reading.of("Discord's AutoMod keeps the server clean and I schedule in Buffer.", "en"), (),
                       enough=2)
    assert found.count == 2, found


def test_a_span_set_covers_only_what_one_interval_holds_whole() -> None:
    spans = SpanSet([(0, 5), (10, 20), (18, 25)])
    assert spans.covers(11, 25) and spans.covers(0, 5) and spans.covers(2, 3)
    assert not spans.covers(4, 11) and not spans.covers(24, 26) and not spans.covers(6, 8)
