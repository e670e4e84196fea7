"""A tip told in the infinitive, and read in the language it is written in (issue 9 items 3, 5).

es/fr/pt/de replies most often give their tip in the infinitive: "Consejo: mantener la calma, pase lo que
pase.", "Dica: manter a calma em qualquer situação.", "Tipp: Ruhe bewahren, auch an schlechten Tagen." One
handling action under a tip label that names no angry person needs to be told as advice, and only the
imperative and a few infinitives were listed: such replies went to a person. advice.py reads the infinitive
as the advice mood (advice.toml [infinitives], [not_infinitives]). A reply of English jargon ("Tools:
Hootsuite and Canva ... KPIs: engagement rate, reach and CTR") is told English while its tip may be Spanish
("Tip: mantener la calma."): the tip is read with the rules of its own language. A statement stays no tip
("Consejo: los clientes enfadados son lo peor del trabajo.", "Tipp: Die wütenden Kunden wollen ernst genommen
werden.").
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES

TIP = "angry_customer_tip"


def evaluate(name: str) -> dict[str, Any]:
    return evaluate_bytes((FIXTURES / f"{name}.eml").read_bytes(), Settings())


@pytest.mark.parametrize("scenario", [
    "infinitive_tip_in_spanish",
    "infinitive_tip_in_french",
    "infinitive_tip_in_portuguese",
    "infinitive_tip_in_german",
    "spanish_tip_in_an_english_jargon_reply",
])
def test_a_tip_in_the_infinitive_passes(scenario: str) -> None:
    result = evaluate(scenario)
    assert result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "pass", result


@pytest.mark.parametrize("scenario", [
    "statement_about_angry_clients_in_spanish",
    "statement_about_angry_clients_in_german",
])
def test_a_statement_is_still_no_tip(scenario: str) -> None:
    result = evaluate(scenario)
    assert not result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] != "pass", result
