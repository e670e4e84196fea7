"""A clause after "but" speaks in its own voice (tools._clause_of): "I'm not here to sell you a product, but using a
tool like Hootsuite or Buffer can really help you streamline your process" recommends to the reader, whatever the
speaker said of themselves before the "but". A clause that says nothing of the reader stays the candidate's: "We are a
small team, but Buffer and Canva keep us on schedule"."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _tools(text: str) -> int:
    return find_tools(Reading.of(text, "en"), enough=2).count


@pytest.mark.parametrize("text", [
    "I'm not here to sell you a product, but using a tool like Hootsuite or Buffer (even the free versions!) can "
    "really help you streamline your process.",
    "I don't work for either company, but you should really try Sprout Social and Later.",
    "I know the budget is tight; just try Sprout Social and Later for your first month.",
])
def test_a_recommendation_after_but_is_no_use(text: str) -> None:
    assert _tools(text) == 0


@pytest.mark.parametrize("text", [
    "I tried Sprout Social once, but Hootsuite and Buffer are what we use every day.",
    "We are a small team, but Buffer and Canva keep us on schedule.",
    "I use Hootsuite every day, but Buffer is where I draft.",
])
def test_a_clause_after_but_with_nothing_of_the_reader_stays_the_candidates(text: str) -> None:
    assert _tools(text) >= 2
