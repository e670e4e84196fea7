"""A statement valuing a way of handling the person is a tip (issue 9 items 3, 5: statement tips with no
action word).

"Angry customers: a warm, personal reply beats any policy quote." and "Tip: a plain-spoken answer costs nothing
and settles most of it." failed: no instruction, no listed action, so the tip was missing. A careful grader
reads them as advice: do this. In the tip's place or beside an anger word, a sentence whose subject (at most
six words, opening the sentence) ends in a handling action or a word about the conversation and is followed
by a valuing predicate (advice.toml [valuing]: "beats", "goes a long way", "costs nothing", "works wonders")
is the tip. A subject that is anti advice ("ignoring them works every time") or about something else ("a good
dashboard beats any gut feeling") is not.
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
    "statement_a_warm_reply_beats_a_policy_quote",
    "statement_a_plain_answer_costs_nothing",
    # Ranked first: "... should be the priority", "... comes first".
    "statement_fixing_the_problem_should_be_the_priority",
])
def test_a_statement_valuing_a_way_of_handling_it_is_the_tip(scenario: str) -> None:
    result = evaluate(scenario)
    assert result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "pass", result


@pytest.mark.parametrize("scenario", [
    "statement_ignoring_them_works_every_time",
    "statement_a_dashboard_beats_a_gut_feeling",
    "statement_the_newsletter_should_be_the_priority",
])
def test_valuing_anti_advice_or_another_thing_is_no_tip(scenario: str) -> None:
    result = evaluate(scenario)
    assert not result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] != "pass", result
