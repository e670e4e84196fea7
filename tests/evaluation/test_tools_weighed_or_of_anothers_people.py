"""Tools the candidate is still weighing ("We're evaluating Sprout Social and Agorapulse but haven't picked one")
are not in use (negation.toml [soft_before]; "..., and I use it daily" takes one up); tools of people named through
a possessive ("Our agency's clients use Hootsuite") are theirs, as "our clients" already were (subjects.py: a
possessive may stand between the determiner and the role)."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def count(text: str) -> int:
    return find_tools(Reading.of(text, "en")).count


@pytest.mark.parametrize("text", [
    "We're evaluating Sprout Social and Agorapulse at the moment but haven't picked one yet.",
    "I'm deciding between Loomly and Planable for next year.",
    "Our agency's clients use Hootsuite and Sprinklr; I mostly do strategy decks.",
])
def test_tools_weighed_or_used_by_others_are_not_the_candidates(text: str) -> None:
    assert count(text) == 0


@pytest.mark.parametrize("text", [
    "We evaluated Sprout Social and Agorapulse last year and I use both daily now.",
    "Our agency's team and I schedule in Hootsuite and design in Canva.",
])
def test_the_candidates_own_tools_still_count(text: str) -> None:
    assert count(text) == 2
