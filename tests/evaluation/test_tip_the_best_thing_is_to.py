"""The best thing to do, named with words between (issue 9 item 3: advice mood in the tip's place).

- "When a customer is frustrated, the best thing I've learned is to give them one person's name ..." failed:
  "the best thing to do" and "the best way" were mood phrases, "the best ... is to" with the speaker's own
  words between was not (advice.toml [mood]).
- "Bei verärgerten Kunden ist das Beste eine schnelle, ehrliche Antwort" went to a person: the German, Spanish,
  French and Portuguese mood lists had no "the best is" ("das Beste ist", "lo mejor es", "le mieux est",
  "o melhor é"), as English had none with words between.
- The best thing about a tool, with no angry person anywhere, stays no tip.
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


@pytest.mark.parametrize("scenario", ["the_best_thing_learned_is_to", "das_beste_ist_eine_schnelle_antwort"])
def test_the_best_thing_to_do_is_a_tip(scenario: str) -> None:
    result = evaluate(scenario)
    assert result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "pass", result


def test_the_best_thing_about_a_tool_is_no_tip() -> None:
    result = evaluate("the_best_thing_about_a_tool_is_to")
    assert not result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "fail", result
