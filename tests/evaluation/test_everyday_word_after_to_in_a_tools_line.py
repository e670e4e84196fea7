"""In a "Tools:" line an everyday-word name typed in lower case after "to" is a verb, not the product ("Tools: I'd
like to mention that we picked MEE6" names no Mention); capitalised, or not after "to", it stays the product
(bot/evaluation/tools.py `_a_verb_after_to`)."""

from __future__ import annotations

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def tools_in(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en")).evidence


def test_to_mention_in_a_tools_line_is_a_verb() -> None:
    assert tools_in("Tools: I have to mention that Hootsuite runs our whole calendar.") == ("Hootsuite",)


def test_the_product_in_a_tools_line_still_counts() -> None:
    assert "Mention" in tools_in("Tools: Mention and Loomly.")
    assert len(tools_in("Tools: mention for alerts, Loomly for posts.")) == 2
