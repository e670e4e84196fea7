"""A name with a role only a person holds in an apposition after it ("Rafael Kiso, fundador da plataforma", "Jane
Roe, CEO of ...") is a person, not a tool, wherever it is named (bot/evaluation/tool_names.py `_PERSON_AFTER`)."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def tools_in(text: str, language: str = "en") -> tuple[str, ...]:
    return find_tools(Reading.of(text, language), (), enough=2).evidence


@pytest.mark.parametrize(("text", "language", "person"), [
    ("Tools:\n- Trabalho com a Mlabs desde 2016, quando conheci o Paulo Tenório, fundador da plataforma.\n",
     "pt", "Tenório"),
    ("Tools:\n- We moved to Kurrently after meeting Dana Whitcombe, the founder, at a meetup.\n", "en", "Whitcombe"),
])
def test_a_name_with_a_founding_role_after_it_is_a_person(text: str, language: str, person: str) -> None:
    assert not any(person.lower() in tool.lower() for tool in tools_in(text, language)), tools_in(text, language)


def test_a_list_of_tools_with_a_role_word_after_a_comma_keeps_its_tools() -> None:
    assert "Kurrently" in tools_in("Tools:\n- Kurrently, client reporting and the rest in Loomly.\n")
