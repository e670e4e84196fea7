"""A product no list knows counts when the reply says it is used (issue 9 item 1), in every supported language with
the verbs of work English has (tool_frames.toml [before]): scheduling or publishing through it, measuring, managing,
analysing with it, pulling numbers out of it, installing it ("Agendo pelo Zorblax", "Messen wir mit Quorvia",
"J'exporte les chiffres de Plinkly", "Gestionamos la comunidad con Trevvo")."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("language", "sentence", "name"), [
    ("pt", "Agendo pelo Zorblax todas as segundas.", "Zorblax"),
    ("pt", "Gerencio os comentários pelo Trevvo.", "Trevvo"),
    ("es", "Gestionamos la comunidad con Trevvo desde hace un año.", "Trevvo"),
    ("es", "Saco los informes de Plinkly cada viernes.", "Plinkly"),
    ("de", "Die Reichweite messen wir mit Quorvia.", "Quorvia"),
    ("de", "Die Kommentare verwalten wir mit Trevvo.", "Trevvo"),
    ("fr", "J'exporte les chiffres de Plinkly chaque lundi.", "Plinkly"),
    ("fr", "Je gère la communauté avec Trevvo.", "Trevvo"),
])
def test_an_unknown_product_after_a_verb_of_work_is_a_tool(language: str, sentence: str, name: str) -> None:
    found = find_tools(Reading.of(sentence, language))
    assert found.evidence == (name,)
