"""A bot named like a product is a tool as "the Zorblax app" is: "Our Zorblax bot greets new members" (tool_frames.toml
[after] "bot"); a network's bot stays the network's own tool, and a bot named by an everyday word names none."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("sentence", "count"), [
    ("Our Zorblax bot greets new members.", 2),
    ("The Welcome bot greets new members.", 1),
])
def test_a_bot_named_like_a_product_is_a_tool(sentence: str, count: int) -> None:
    found = find_tools(Reading.of(f"I schedule in Hootsuite. {sentence}", "en"), (), enough=2)
    assert found.count == count, found
