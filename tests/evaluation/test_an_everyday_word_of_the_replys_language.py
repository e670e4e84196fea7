"""A listed name that is an everyday word of the reply's own language, typed in lower case, is first that word, as
"later" is in English (tools.txt's "?Later"): "un simple tableau Excel" (French "tableau", a table) names Excel, not
Tableau (tool_names.everyday_word_of, tools._mentions). Capitalised, or a word rare in the language, it is the name."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tool_names import everyday_word_of
from bot.evaluation.tools import find_tools


def _tools(text: str, language: str) -> set[str]:
    return {e.lower() for e in find_tools(Reading.of(text, language), (), enough=2).evidence}


def test_a_french_everyday_word_in_lower_case_is_no_tool() -> None:
    assert _tools("En terme d’outils, un simple tableau Excel peut suffire et j'utilise Hootsuite.", "fr") == {
        "excel", "hootsuite"}


def test_the_same_name_capitalised_is_the_tool() -> None:
    assert "tableau" in _tools("J'utilise Tableau pour les rapports et Hootsuite pour publier.", "fr")


def test_an_english_reply_keeps_its_own_reading() -> None:
    assert "tableau" in _tools("I build the weekly report in tableau and schedule with Hootsuite.", "en")


@pytest.mark.parametrize(("word", "language", "everyday"), [
    ("tableau", "fr", True), ("notion", "fr", True), ("hootsuite", "fr", False), ("metricool", "es", False),
])
def test_everyday_words_are_told_by_the_languages_own_frequencies(word: str, language: str, everyday: bool) -> None:
    assert everyday_word_of(word, language) is everyday
