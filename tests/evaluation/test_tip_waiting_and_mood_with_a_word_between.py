"""Waiting out a first stretch of time, a mood phrase with a word between, and slowing a thing down (issue 9
items 3, 5: tips in the tip's place sent to review or failed).

- "Angry customers: never answer in the first ten minutes." failed as anti advice ("never answer"): a first
  stretch of time after a negated reply limits it to a moment, as "while you're annoyed" does (advice.py
  _CONDITION_AFTER); "never reply, they only want attention" stays anti advice.
- "Tip: the main thing is to slow down." went to a person: "the key is" was a mood phrase, "the key here is",
  "the main thing is" were not (advice.toml [mood]), and the mood phrase's own words named a target of their
  own when checking that every word of the answer is about the conversation (advice._Covered).
- "When a member gets heated, I slow the whole thread down ..." went to a person: "slow ... down" is the
  action "slow down" with its object between (tips.toml [actions]).
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
    "never_answer_in_the_first_minutes",
    "the_main_thing_is_to_slow_down",
    "slow_the_thread_down_when_heated",
])
def test_the_tip_passes(scenario: str) -> None:
    result = evaluate(scenario)
    assert result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "pass", result


def test_never_replying_at_all_stays_anti_advice() -> None:
    result = evaluate("never_reply_they_want_attention")
    assert not result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] != "pass", result
