"""A kind of tool named without a brand counts in every judged language (issue 9 items 1, 5; DESIGN.md: "a
clearly described tool type ('a social listening tool')").

"Uso una herramienta de escucha y Buffer" names two tools as plainly as "I use a listening tool and Buffer":
tool_types.txt holds each kind's names in es, de, fr and pt beside the English ones (a project management tool, a
moderation bot, an email marketing tool, a video editor, a network's native analytics too). A kind that says what
a brand just named is ("Metricool es una herramienta de análisis") is that brand, not a second tool, in
every language; a kind negated is not used.
"""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("language", "text", "kept"), [
    ("es", "Uso una herramienta de escucha y Buffer.", ("herramienta de escucha", "Buffer")),
    ("fr", "J'utilise un outil de veille et Buffer.", ("outil de veille", "Buffer")),
    ("de", "Wir nutzen ein Planungstool und Canva.", ("Planungstool", "Canva")),
    ("pt", "Usamos uma ferramenta de agendamento e o Canva.", ("ferramenta de agendamento", "Canva")),
])
def test_a_kind_of_tool_counts_in_every_language(language: str, text: str, kept: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, language)).evidence == kept


@pytest.mark.parametrize(("language", "text", "kept"), [
    ("en", "I use Google Analytics, which is an analytics tool.", ("Google Analytics",)),
    ("es", "Metricool es una herramienta de análisis que uso a diario.", ("Metricool",)),
    ("fr", "J'utilise Agorapulse, qui est un outil de veille.", ("Agorapulse",)),
])
def test_a_kind_that_says_what_a_brand_is_is_that_brand(language: str, text: str, kept: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, language)).evidence == kept


def test_a_kind_of_tool_negated_is_not_used() -> None:
    found = find_tools(Reading.of("No uso ninguna herramienta de escucha, solo Buffer.", "es"))
    assert found.evidence == ("Buffer",), found


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "Ferramentas: Reforce os filtros das redes sociais para bloquear palavras de ódio."),
    ("en", "Tools: Revisit the dashboard every Monday and compare the weeks."),
])
def test_a_verb_opening_the_tools_answer_is_no_product(language: str, text: str) -> None:
    """A capitalised word opening a sentence of the tools answer right before an article is a verb told to the
    reader, not a product no list knows, however rare it is as a word."""
    assert find_tools(Reading.of(text, language)).evidence == ()


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
