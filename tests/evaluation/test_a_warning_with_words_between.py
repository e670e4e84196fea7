"""Anti advice in a condition on the reader is a warning against it, with up to two words between "if you" and the
act ("if you start to argue back, you've already lost"), not advice to do it (advice._WARNED_BEFORE)."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I schedule in Buffer and design in Canva. I watch reach, CTR and saves every week.\n\n"


def test_a_warning_against_taking_it_personally_is_no_anti_advice() -> None:
    tip = "When a customer is angry: if you start to argue back, you've already lost.\n"
    judgement = judge_rules(_ANSWERS + tip, EvaluationSettings())
    assert judgement.verdict.value != "fail"


def test_the_same_act_told_as_an_instruction_is_still_anti_advice() -> None:
    tip = "With an angry customer, take everything personally and hit back.\n"
    assert judge_rules(_ANSWERS + tip, EvaluationSettings()).verdict.value == "fail"
