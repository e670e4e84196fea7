"""Advice whose only mark is its place, about something else (issue 9 item 3 and "Bad input": a false pass).

A reply's last paragraph is where it answers the tip question, so advice there counts without repeating
"angry". Advice about the brand's voice ("Be authentic ... show the people behind the brand") passed as the tip:
with no anger or trouble word, advice naming another group or target (tips.toml [other_targets], now with the
brand and its voice) is read by the branches that send it to a person, as it already was under a "Tip:" label.
Advice about the person with no anger word keeps passing.
"""

from __future__ import annotations

from typing import Any

from bot.evaluation.offline import evaluate_bytes
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES

TIP = "angry_customer_tip"


def evaluate(name: str) -> dict[str, Any]:
    return evaluate_bytes((FIXTURES / f"{name}.eml").read_bytes(), Settings())


def test_brand_advice_in_the_last_paragraph_does_not_pass() -> None:
    result = evaluate("last_paragraph_about_the_brand_voice")
    assert not result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] in ("fail", "needs_review"), result


def test_advice_about_the_person_in_the_last_paragraph_passes() -> None:
    result = evaluate("last_paragraph_about_the_person")
    assert result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "pass", result
