"""A network's own analytics named before the network may say whose pages it reads: "the insights from our Facebook
pages", "stats for my TikTok account", "the insights from the over 60+ Facebook pages" (a determiner, a possessive or
a figure between the preposition and the network) is the network's own tool, as "analytics on YouTube" is. Other words
there ("analytics for clients who use Instagram") name no such tool."""

from __future__ import annotations

import pytest

from bot.evaluation.language import detect_language
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools
from tests.growth import cpu_growth


def _tools(text: str) -> list[str]:
    return list(find_tools(Reading.of(text, detect_language(text))).evidence)


@pytest.mark.parametrize(("text", "said"), [
    ("I downloaded the insights from our Facebook pages.", "insights from our Facebook"),
    ("I check the stats for my TikTok account every Monday.", "stats for my TikTok"),
    ("I went and downloaded the insights from the over 60+ Facebook pages I admin.",
     "insights from the over 60+ Facebook"),
    ("Je regarde les statistiques de nos Instagram chaque semaine.", "statistiques de nos Instagram"),
])
def test_the_feature_of_whose_pages_counts(text: str, said: str) -> None:
    assert said in _tools(text)


def test_other_words_between_name_no_feature() -> None:
    assert _tools("Analytics for clients who use Instagram are hard to explain.") == []


def test_reading_it_is_linear() -> None:
    shape = "insights from the our my "
    assert cpu_growth(_tools, "I use Buffer. " + shape * 300, "I use Buffer. " + shape * 2_400) < 24
