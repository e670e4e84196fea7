"""Advice laughed at as it is given may be ironic (issue 9 item 3, false-pass class "ironic or spiteful advice
counted as a tip").

"Angry customers: mute them and take the afternoon off lol" and "3. Refund the furious ones whatever they ask
for 🙃" passed: handling actions beside an anger word. A laugh in the same sentence ("lol", "haha", "🙃";
tips.toml [laughing]) makes a careful grader hesitate: where every piece of the tip's evidence stands in such
a sentence, a person decides. A laugh in another sentence ("Took me years to learn that one haha.") leaves the
tip as it is.
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
    "tip_laughed_off_with_lol",
    "tip_laughed_off_with_an_upside_down_face",
])
def test_a_tip_laughed_off_goes_to_a_person(scenario: str) -> None:
    result = evaluate(scenario)
    assert not result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "needs_review", result
    assert result["reasons"] == ["unsure:angry_customer_tip"]


def test_a_laugh_in_another_sentence_leaves_the_tip() -> None:
    result = evaluate("tip_with_a_laugh_in_the_next_sentence")
    assert result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "pass", result


def test_a_short_laugh_right_after_the_tip_goes_to_a_person() -> None:
    """"Answer in capitals until they give up. (Kidding. Mostly.)": a sentence of a few words right after the
    advice that laughs at it ("kidding", "joking" are laughs too) makes it as doubtful as a "lol" inside it."""
    result = evaluate("tip_laughed_off_in_a_short_next_sentence")
    assert not result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "needs_review", result


def test_no_kidding_stresses_the_tip() -> None:
    """"No kidding, listen to them first": "kidding" after "no" or "not" stresses what is said."""
    result = evaluate("tip_stressed_with_no_kidding")
    assert result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "pass", result
