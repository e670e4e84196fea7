"""A negation opening a statement is no instruction (issue 9 items 3 and 5): Spanish and Portuguese open a command
with "no"/"não" ("No respondas con enojo"), but before a determiner, a copula or "hay" the clause states something:
"No todos los comentarios negativos vienen de clientes insatisfechos" describes, it advises nothing, and as the
whole answer to the third question it is no tip."""

from __future__ import annotations

import pytest

from bot.evaluation.advice import Advice
from bot.evaluation.reading import Reading
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize(("text", "language"), [
    ("No todos los comentarios negativos vienen de clientes insatisfechos.", "es"),
    ("No es fácil trabajar con clientes enojados.", "es"),
    ("Não há regra para clientes irritados.", "pt"),
])
def test_a_negation_before_a_statement_word_tells_no_advice(text: str, language: str) -> None:
    assert not Advice.of(Reading.of(text, language)).advice


@pytest.mark.parametrize(("text", "language"), [
    ("No respondas con enojo.", "es"),
    ("Não responda com raiva.", "pt"),
])
def test_a_negated_command_still_is_advice(text: str, language: str) -> None:
    assert Advice.of(Reading.of(text, language)).advice


def test_a_statement_as_the_whole_third_answer_is_no_tip() -> None:
    text = ("Hola,\n\n1. Herramientas: Hootsuite y Canva.\n\n2. Alcance, engagement y tiempo de respuesta.\n\n"
            "3. No todos los comentarios negativos vienen de clientes insatisfechos.\n\nSaludos")
    assert not judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"].met
