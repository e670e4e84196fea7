"""Tools said the way people say them (issue 9: tools without a closed list): a product-like name one
"lives in" ("I live in Swat.io all day"; "I live in Berlin" names no tool), and a listed everyday-word
name that says it is the candidate's main tool ("Later is my main tool")."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("text", "evidence"), [
    ("Most days I live in Kontentino.io and Trello.", ("Kontentino.io", "Trello")),
    ("I live in Berlin and plan posts in Trello.", ("Trello",)),
    ("Later is my main tool, with Canva beside it.", ("Later", "Canva")),
    ("Later is my main concern.", ()),
])
def test_tools_said_as_people_say_them(text: str, evidence: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == evidence
