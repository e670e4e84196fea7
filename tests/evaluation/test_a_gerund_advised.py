"""What someone advises, told with a gerund, is advice whoever advises it (advice.toml [mood_grammar] advising): "Some
studies suggest staying 1-2 levels below their intensity", "most guides recommend answering within the hour". Told in
the past it is a story ("the customer suggested calling my manager")."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I schedule in Hootsuite and design in Canva.\n\nI watch reach, saves and response time.\n\n"


@pytest.mark.parametrize("advised", [
    "And the third one: Some studies suggest staying 1-2 levels below their intensity, so they feel taken seriously.",
    "Third: most guides recommend answering them within the hour, in a calm voice.",
    "Tip: I'd advise always thanking them for the complaint first.",
])
def test_a_gerund_advised_is_advice(advised: str) -> None:
    judgement = judge_rules(_ANSWERS + advised, EvaluationSettings())
    assert judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]


def test_a_gerund_suggested_in_the_past_is_a_story() -> None:
    tip = "Tip: the customer suggested calling my manager, and I did."
    judgement = judge_rules(_ANSWERS + tip, EvaluationSettings())
    assert judgement.verdict != Verdict.PASS, judgement.criteria["angry_customer_tip"]
