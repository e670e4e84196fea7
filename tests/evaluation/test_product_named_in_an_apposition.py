"""A name followed by a possessive apposition headed by a product noun is the candidate's product, not a person:
"Tweetbot, my favorite Twitter client", "Zorblax, our support tool", "Swello, notre outil de planification". The head is
the apposition's last word before a preposition in English and German, its first in es, fr and pt; "Siobhan, our
designer" stays a person. The type in such an apposition describes the name: one tool, not two."""

from __future__ import annotations

import pytest

from bot.evaluation.language import detect_language
from bot.evaluation.reading import Reading
from bot.evaluation.rules import judge_rules
from bot.evaluation.tools import find_tools
from bot.settings import EvaluationSettings
from tests.growth import cpu_growth


def _tools(text: str) -> list[str]:
    reading = Reading.of(text, detect_language(text))
    return list(find_tools(reading).evidence)


@pytest.mark.parametrize(("text", "name"), [
    ("This lets me use Tweetbot, my favorite Twitter client, to queue tweets. I also use Buffer.", "Tweetbot"),
    ("Zorblax, our support tool, sends every ticket to the right person. I also use Buffer.", "Zorblax"),
    ("Quillpost, my go-to scheduler for Instagram, posts while I sleep. I also use Buffer.", "Quillpost"),
    ("Swello, notre outil de planification, publie tout le contenu. J'utilise aussi Buffer.", "Swello"),
    ("Metricool, nuestra herramienta de análisis, nos da los números. También usamos Buffer.", "Metricool"),
])
def test_a_name_with_a_product_apposition_counts(text: str, name: str) -> None:
    assert name in _tools(text)


@pytest.mark.parametrize("text", [
    "I rely on Siobhan, our designer, for the visuals. I also use Buffer.",
    "I rely on Priya, our community app developer, for the bots. I also use Buffer.",
    "Zorblax, my colleague from the support team, answers the tickets. I also use Buffer.",
])
def test_a_person_in_an_apposition_is_no_tool(text: str) -> None:
    assert _tools(text) == ["Buffer"]


def test_a_type_describing_an_unlisted_name_is_that_name() -> None:
    """"Zorblax, which is a social listening tool" is one tool; with a second one named the criterion holds."""
    assert _tools("I use Zorblax, which is a social listening tool, every day.") == ["Zorblax"]
    assert _tools("Zorblax, our social listening tool, runs all day.") == ["Zorblax"]
    settings = EvaluationSettings()
    judgement = judge_rules("I use Zorblax, which is a social listening tool, every day.", settings)
    assert not judgement.criteria["tools"].met


def test_reading_appositions_is_linear() -> None:
    shape = "Zorblax, our support tool, and "
    assert cpu_growth(_tools, "I use Buffer. " + shape * 200, "I use Buffer. " + shape * 1_600) < 24
