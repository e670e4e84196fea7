"""An article or a possessive opening a sentence is no product's name (tool_names._name_before): "The app I use most
is great", "This app is great" and "Our app is great" name no tool, while "the Zorblax app" still names Zorblax
(tool_frames.toml [articles])."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _tools(text: str) -> tuple[str, ...]:
    return tuple(e.lower() for e in find_tools(Reading.of(text, "en"), enough=2).evidence)


@pytest.mark.parametrize("text", [
    "I use Buffer. The app I use most is great.",
    "I use Buffer. This app is great.",
    "I use Buffer. Our app is great.",
    "I use Buffer. Their app keeps crashing.",
])
def test_an_article_before_app_names_no_tool(text: str) -> None:
    assert _tools(text) == ("buffer",)


@pytest.mark.parametrize("text", [
    "I use Buffer. The Zorblax app keeps me sane.",
    "I use Buffer and the Zorblax app.",
])
def test_a_name_after_an_article_is_still_a_tool(text: str) -> None:
    assert "zorblax" in _tools(text)
