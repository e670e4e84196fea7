"""Stepping away before answering, a smart move, a preference told as advice (issue 9 item 3: advice mood).

- "I step away for ten minutes before I answer. I would rather be late with a kind reply than quick with a sharp
  one." failed: pausing was an action as "breathe" or "cool off", not as "step away", "walk away" or "take a step
  back" (tips.toml [actions]); "I would rather ... than" is a preference told as advice (advice.toml [mood]).
- "it is usually a smart move to answer them the same day" failed: "a smart move", "a good move", "smart to" are
  advice mood, as "a good idea to" was.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES


def evaluate(name: str) -> dict[str, Any]:
    return evaluate_bytes((FIXTURES / f"{name}.eml").read_bytes(), Settings())


@pytest.mark.parametrize("scenario", ["step_away_before_a_harsh_answer", "a_smart_move_to_answer"])
def test_the_tip_is_found(scenario: str) -> None:
    result = evaluate(scenario)
    assert result["criteria"]["angry_customer_tip"]["met"], result["criteria"]["angry_customer_tip"]
    assert result["verdict"] == "pass", result
