"""Negation and time with scope: a later sentence or a relative clause can take a mention back."""

from __future__ import annotations

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools
from tests.evaluation.conftest import reply


def test_a_tool_taken_back_by_the_next_sentence_or_a_relative_clause_does_not_count() -> None:
    found = find_tools(Reading.of(reply("tool_taken_back_in_the_next_sentence"), "en"))
    assert found.evidence == ("Canva", "Loomly")
    assert found.notes == (
        "negated: stopped using it … Hootsuite", "negated: no more … Buffer", "negated: I left … Agorapulse")


def test_a_next_sentence_without_a_pointer_takes_back_only_when_it_is_all_there_is() -> None:
    found = find_tools(Reading.of("I use Hootsuite daily. No more manual posting for me.", "en"))
    assert found.evidence == ("Hootsuite",)


def test_a_new_paragraph_does_not_take_back_the_one_before() -> None:
    found = find_tools(Reading.of("I use Hootsuite daily.\n\nNo more.", "en"))
    assert found.evidence == ("Hootsuite",)


def test_curly_straight_and_modifier_apostrophes_are_one() -> None:
    for apostrophe in "'’‘ʼ":
        found = find_tools(Reading.of(f"We don{apostrophe}t use Hootsuite.", "en"))
        assert found.count == 0 and found.notes, apostrophe
