"""Passing the angry person on to someone else is no handling of one's own (issue 9 item 3, false-pass class
"passing to the boss counted").

"Angry customers: escalate to my manager, honestly she handles them better than me." passed: "escalate" is an
action and "honestly" read as honesty with the customer. "Honestly" opening a clause before its subject is an
aside (tips._aside), and where the tip's only evidence is an escalation in a sentence that hands the person to
someone else or names another person to take it (tips.toml [handed_off], [other_targets]), a person decides.
Escalating beside a handling action of one's own stays the tip.
"""

from __future__ import annotations

from typing import Any

from bot.evaluation.offline import evaluate_bytes
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES

TIP = "angry_customer_tip"


def evaluate(name: str) -> dict[str, Any]:
    return evaluate_bytes((FIXTURES / f"{name}.eml").read_bytes(), Settings())


def test_an_escalation_alone_goes_to_a_person() -> None:
    result = evaluate("escalated_to_the_manager_only")
    assert not result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "needs_review", result
    assert result["reasons"] == ["unsure:angry_customer_tip"]


def test_an_escalation_beside_handling_of_ones_own_is_the_tip() -> None:
    result = evaluate("escalation_beside_handling_of_ones_own")
    assert result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "pass", result
