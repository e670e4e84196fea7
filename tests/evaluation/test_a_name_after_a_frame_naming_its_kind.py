"""A usage frame that names the kind of what follows ("tools like", "a comment tool such as", "Tools wie") says the
name after it is a product of that kind: a name of two capitalised words counts however common each word is ("a
comment tool such as Social Hub"; bot/evaluation/tool_names.py, `_KIND_FRAME`). After a frame that names no kind
("I use Social Hub") such a name still needs a word that looks like a product, and a network's own feature after
"tools like" stays a channel."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _tools(text: str, language: str = "en") -> set[str]:
    return {e.lower() for e in find_tools(Reading.of(text, language), (), enough=2).evidence}


@pytest.mark.parametrize(("said", "language"), [
    ("We answer every comment with a comment tool such as Social Hub, and schedule in Buffer.", "en"),
    ("I rely on tools like Social Hub and Buffer.", "en"),
    ("Wir nutzen Tools wie Social Hub und Buffer.", "de"),
    ("Usamos herramientas como Social Hub y Buffer.", "es"),
])
def test_a_two_word_name_after_a_frame_naming_its_kind_is_a_tool(said: str, language: str) -> None:
    assert _tools(said, language) == {"social hub", "buffer"}


@pytest.mark.parametrize("said", [
    "I use Social Hub and Buffer.",
    "I use tools like Facebook Groups and Buffer.",
])
def test_without_a_kind_or_for_a_channel_it_is_not(said: str) -> None:
    assert _tools(said) == {"buffer"}
