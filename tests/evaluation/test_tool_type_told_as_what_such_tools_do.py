"""A tool type opening a statement of what such tools can do for anyone ("Social listening tools can alert you to
mentions", "Herramientas de social listening pueden alertarte") describes the trade, not a tool the candidate uses;
with an owner before it ("our listening tool can flag ...") it is theirs (bot/evaluation/tools.py
`_what_such_tools_do`)."""

from __future__ import annotations

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES


def evidence(text: str, language: str = "en") -> tuple[str, ...]:
    return find_tools(Reading.of(text, language)).evidence


@pytest.mark.parametrize(("text", "language"), [
    ("Social listening tools can alert you to mentions of your brand.", "en"),
    ("A scheduling tool will help you post at the right time.", "en"),
    ("Herramientas de social listening pueden alertarte de menciones a tu marca.", "es"),
])
def test_a_type_telling_what_such_tools_do_is_no_tool_of_the_candidates(text: str, language: str) -> None:
    assert evidence(text, language) == ()


@pytest.mark.parametrize("text", [
    "Our social listening tool can alert us to mentions within minutes.",
    "I rely on a social listening tool for brand mentions.",
])
def test_a_type_the_candidate_owns_or_uses_counts(text: str) -> None:
    assert len(evidence(text)) == 1


def test_a_reply_with_one_product_and_what_such_tools_do_fails_on_tools() -> None:
    result = evaluate_bytes((FIXTURES / "tool_type_told_as_what_such_tools_do.eml").read_bytes(), Settings())
    assert result["criteria"]["tools"]["met"] is False
