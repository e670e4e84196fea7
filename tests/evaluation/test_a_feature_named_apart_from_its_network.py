"""A network's feature named by its own name, in capitals, apart from the one network its sentence names is that
network's tool: "Facebook gives you access to Insights", "YouTube shows it all in Studio". A longer name of another
maker holds the same word ("Google Analytics", "Sprout Social Insights"), and a sentence naming two networks or none
says whose it is not."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _evidence(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en"), (), enough=2).evidence


@pytest.mark.parametrize("text", [
    "Once our page grew, Facebook gave us access to Insights, which I check every week.",
    "For video, YouTube shows retention in Studio and I check it every week.",
])
def test_a_feature_in_capitals_is_the_networks_tool(text: str) -> None:
    assert len(_evidence(text)) == 1, _evidence(text)


@pytest.mark.parametrize("text", [
    "For Facebook I use Google Analytics every week.",
    "Insights are what matter on Facebook.",
    "Facebook and Instagram both give you access to Insights.",
    "I post on Facebook and read the insights every week.",
])
def test_a_longer_name_the_first_word_or_two_networks_say_whose_it_is_not(text: str) -> None:
    assert not any(e in ("Insights", "insights") for e in _evidence(text)), _evidence(text)
