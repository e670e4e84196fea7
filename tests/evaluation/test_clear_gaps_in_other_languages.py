"""A gap said in so many words is clear in every language (issue 9 item 5: calibrated doubt).

In Spanish, German, French and Portuguese a reply that takes up a question in words the lists may not know goes
to a person rather than failing (rules._partial). A reply that names the question's topic only to deny it took it
up all the same: "Nous n'utilisons aucun outil", "Herramientas: ninguna", "Kennzahlen schaue ich mir kaum an",
"habe ich keinen Tipp". Now the topic words and usage frames a negation cancels take up nothing, the negative
determiners ("ningún", "aucun", "nenhum") and "kaum" are negations, and a reply that says it has no tip
(tips.toml [no_tip]) does not take up the tip question: each of these fails. A tool described in words the lists
do not know still goes to a person.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES


def evaluate(name: str) -> dict[str, Any]:
    return evaluate_bytes((FIXTURES / f"{name}.eml").read_bytes(), Settings())


@pytest.mark.parametrize(("scenario", "missing"), [
    ("fr_no_tool_at_all", "tools"),
    ("es_tools_label_none", "tools"),
    ("de_metrics_hardly_looked_at", "metrics"),
    ("de_no_tip_for_angry_customers", "angry_customer_tip"),
])
def test_a_gap_said_in_so_many_words_fails(scenario: str, missing: str) -> None:
    result = evaluate(scenario)
    assert result["verdict"] == "fail", result
    assert f"missing:{missing}" in result["reasons"], result


def test_tools_in_words_the_lists_miss_still_go_to_a_person() -> None:
    result = evaluate("fr_tools_in_words_the_lists_miss")
    assert result["verdict"] == "needs_review", result
    # "notre plateforme maison de planification" is a tool described in words no list holds (tool_kinds.py): doubt
    # that makes up the shortfall (unsure), where before only the reply's shape made it partial.
    assert {"partial:tools", "unsure:tools"} & set(result["reasons"]), result


@pytest.mark.parametrize(("text", "language"), [
    ("Uso Hootsuite y Canva antes de publicar.", "es"),
    ("Uso o Hootsuite e o Canva antes de publicar.", "pt"),
    ("J'utilise Hootsuite et Canva avant de publier.", "fr"),
])
def test_before_doing_is_no_past(text: str, language: str) -> None:
    """"antes de", "avant de" (before doing) are no "antes", "avant" (formerly): the tools still count."""
    assert find_tools(Reading.of(text, language)).count == 2
