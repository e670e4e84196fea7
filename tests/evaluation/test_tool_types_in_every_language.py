"""A clearly described tool type is a tool (DESIGN.md), in every supported language: the kinds the English lines of
tool_types.txt name (a project management tool, a moderation bot, an email marketing tool, a network's native
analytics ...) are named in es/de/fr/pt on the same lines, and count as one tool each."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("language", "sentence", "words"), [
    ("pt", "Uso uma ferramenta de gestão de projetos para organizar as pautas.", "ferramenta de gestão de projetos"),
    ("es", "En Discord usamos un bot de moderación para los spams.", "bot de moderación"),
    ("fr", "J'envoie la lettre avec un outil d'emailing chaque mois.", "outil d'emailing"),
    ("de", "Die Beiträge schneide ich mit einem Schnittprogramm.", "Schnittprogramm"),
    ("es", "Para las cifras me basta con las estadísticas nativas de cada red.", "estadísticas nativas"),
])
def test_a_tool_type_named_in_its_language_is_one_tool(language: str, sentence: str, words: str) -> None:
    found = find_tools(Reading.of(sentence, language))
    assert found.evidence == (words,)
    assert found.why == (f"{words}: described tool type (tool_types.txt)",)
