"""A brand's own product, named by its possessive (issue 9 item 1: "tools without a closed list").

"I answer reviews through Yelp's business app" names a product by its maker's possessive and a product noun of
tool_frames.toml [after] ("app", "dashboard", "extension"), with a few words between (tool_names._brands_product).
A possessive marks a brand more plainly than a capital alone, so the brand may be a somewhat more common word than a
bare name must be ("Yelp"); a person's name before the noun is no product ("Maria's dashboard", "Pablo's app"), and
a possessive is read without its "'s" wherever a name's rarity is asked.
"""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("text", "evidence"), [
    ("I answer reviews through Yelp's business app and schedule posts with Planoly.",
     ("Yelp's business app", "Planoly")),
    ("Replies go out from Zorblix's mobile app; posts from Planoly.", ("Zorblix's mobile app", "Planoly")),
])
def test_a_brands_possessive_before_a_product_noun_names_a_tool(text: str, evidence: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == evidence


@pytest.mark.parametrize("text", [
    "I check Maria's dashboard and Planoly.",
    "I check Pablo's app and Planoly.",
    "I use my manager's app and Planoly.",
])
def test_a_persons_possessive_names_no_tool(text: str) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == ("Planoly",)
