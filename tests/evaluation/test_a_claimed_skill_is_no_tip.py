"""A skill the candidate claims is no tip (issue 9 item 3): "I was good at de-escalating calls", "I knew how to solve
it" say they can, not how; a person decides. Told with how ("I'm good at calming angry customers down: I listen,
apologise and offer a fix"), the how is the tip."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = ("I schedule in Hootsuite and design in Canva.\nI watch reach, saves and response time.\n\n")


def test_a_claimed_skill_goes_to_a_person(thresholds: EvaluationSettings) -> None:
    tip = ("In six years on the phones I only passed four angry callers to a manager. If there was a real problem, "
           "I knew how to solve it. I was good at de-escalating calls.")
    judgement = judge_rules(_ANSWERS + tip, thresholds)
    assert not judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]
    assert judgement.verdict != Verdict.PASS


def test_a_skill_told_with_how_is_the_tip(thresholds: EvaluationSettings) -> None:
    tip = "I'm good at calming angry customers down: I listen, apologise and offer a fix."
    assert judge_rules(_ANSWERS + tip, thresholds).criteria["angry_customer_tip"].met
