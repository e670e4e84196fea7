"""A named tool heading an item of a list ("Google Analytics - some high-level data") says the list is one of tools:
the product-like names heading the items beside it are tools too ("AppsFlyer - for attribution"), before or after
it, with no word about tools or usage frame near them (bot/evaluation/tool_names.py, `_listed_heads`). A person's
name heading an item beside it is still no tool."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("lines", [
    "Google Analytics - Some high-level data\nAppsFlyer - for attribution",
    "AppsFlyer - for attribution\nGoogle Analytics - Some high-level data",
])
def test_names_heading_items_beside_a_named_tool_are_tools(lines: str) -> None:
    reading = Reading.of(f"Hi there,\n\n{lines}\n\nWe watch reach and CTR.\n\nListen first.", "en")
    found = find_tools(reading)
    assert found.count == 2, found
    assert {e.lower() for e in found.evidence} == {"google analytics", "appsflyer"}


def test_a_person_heading_an_item_beside_a_named_tool_is_no_tool() -> None:
    reading = Reading.of("Hi there,\n\nGoogle Analytics - Some high-level data\nSiobhan - our designer, "
                         "who does the visuals\n\nWe watch reach and CTR.", "en")
    assert find_tools(reading).count == 1
