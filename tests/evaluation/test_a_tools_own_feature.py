"""A product a possessive pronoun gives to the tool just named ("Sprout Social ...; its Smart Inbox feature") is
that tool's own feature: one tool with it, not a second one (bot/evaluation/tools.py `_owner_named_before`)."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def count(text: str, language: str = "en") -> int:
    return find_tools(Reading.of(text, language)).count


@pytest.mark.parametrize(("text", "language"), [
    ("Sprout Social is what I open first; its Smart Inbox feature keeps every message in one place.", "en"),
    ("We run our channels from Sprout Social. Their Smart Inbox is where complaints land.", "en"),
    ("Uso Sprout Social a diario y su Smart Inbox me ahorra horas.", "es"),
])
def test_a_feature_given_by_a_pronoun_to_the_tool_before_is_that_tool(text: str, language: str) -> None:
    assert count(text, language) == 1


@pytest.mark.parametrize("text", [
    "Sprout Social is what I open first, and I design every post in Canva.",
    "I use Hootsuite for scheduling.\n\nIts rival Agorapulse handles our inbox, and we pay for both.",
])
def test_another_tool_is_still_a_second_tool(text: str) -> None:
    assert count(text) == 2


def test_a_reply_naming_one_tool_and_its_feature_fails_on_tools() -> None:
    from bot.evaluation.offline import evaluate_bytes
    from bot.settings import Settings
    from tests.evaluation.conftest import FIXTURES

    result = evaluate_bytes((FIXTURES / "a_tools_own_feature_is_no_second_tool.eml").read_bytes(), Settings())
    assert result["criteria"]["tools"]["met"] is False
    assert result["verdict"] == "fail"
