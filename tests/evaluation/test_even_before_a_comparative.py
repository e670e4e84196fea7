""""Get even" is revenge, anti advice, only as a verb of its own ("I get even", "get even with them"): before a
comparative "even" is a degree ("they get even angrier", "it gets even worse") and advises nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I schedule in Hootsuite and design in Canva.\nI watch reach, saves and response time.\n\n"


@pytest.mark.parametrize("degree", ["get even angrier", "get even more upset", "get even worse", "get even louder"])
def test_even_before_a_comparative_is_a_degree(degree: str) -> None:
    tip = (f"When dealing with an angry person, don't shrink back, some people see that as weakness and {degree}. "
           "Talk quietly, slowly, and deliberately.")
    judgement = judge_rules(_ANSWERS + tip, EvaluationSettings())
    assert judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]


@pytest.mark.parametrize("revenge", ["get even", "get even with them", "get even, every time"])
def test_getting_even_is_still_revenge(revenge: str) -> None:
    tip = f"When a customer is angry with me, I {revenge}."
    judgement = judge_rules(_ANSWERS + tip, EvaluationSettings())
    assert not judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]
    assert judgement.verdict != Verdict.PASS
