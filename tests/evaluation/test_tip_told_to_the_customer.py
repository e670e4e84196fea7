"""Advice told to the customers themselves is no tip on dealing with them (issue 9 item 3, false-pass class
"advice aimed at customers rather than at the manager").

"Tip for upset customers: bear with us and stay polite, we answer everything in the end." passed: "stay
polite" is a handling action beside an anger word. But the mail's reader is told to act on the writer's
company ("bear with us", "contact us", "contactez-nous"): the advice is for the customers, not for whoever
deals with them (tips.toml [to_the_writer]). Such a sentence gives no tip; with nothing else to go on, a
person decides whether the candidate misread the question. Words relayed to the customer through a person
("ask them to email us the order number") stay part of the candidate's own advice.
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
    "tip_told_to_upset_customers_to_bear_with_us",
    "tip_told_to_angry_clients_in_french_to_write_to_us",
])
def test_advice_told_to_the_customers_is_no_tip(scenario: str) -> None:
    result = evaluate(scenario)
    assert not result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "needs_review", result
    assert result["reasons"] == ["unsure:angry_customer_tip"]


def test_words_relayed_to_the_customer_stay_the_tip() -> None:
    result = evaluate("apology_and_a_request_relayed_to_the_customer")
    assert result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "pass", result
