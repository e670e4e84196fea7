"""In the tools answer a product-like name counts as a tool in whatever words (tools._in_the_tools_answer), but not
one as common in writing as a phone or a shop everyone uses ("my iPhone", "on eBay": tools._EVERYDAY_DEVICE_ZIPF);
a rare name there still counts."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("text", [
    "Tools: I check everything on my iPhone first thing, then Hootsuite.",
    "Tools: I sell the merch on eBay and schedule posts in Hootsuite.",
])
def test_an_everyday_device_or_shop_is_no_tool(text: str) -> None:
    found = find_tools(Reading.of(text, "en"), (), enough=2)
    assert found.evidence == ("Hootsuite",), found


def test_a_rare_name_in_the_tools_answer_still_counts() -> None:
    found = find_tools(Reading.of("Tools: I check everything in Kurrently first thing, then Hootsuite.", "en"), (),
                       enough=2)
    assert found.count == 2, found
