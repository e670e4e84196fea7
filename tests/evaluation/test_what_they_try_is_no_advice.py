"""A mood phrase that opens with an instruction verb ("try to", "make sure", "remember to") advises only when it is
the instruction or the speaker's habit: after a subject naming the other party ("They try to attack you", "angry
customers always make sure to copy the CEO") it tells what those people do, as "people need to" does in
advice.toml [mood_grammar]."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I schedule in Hootsuite and design in Canva.\n\nI watch reach, saves and response time.\n\n"


@pytest.mark.parametrize("they", ["They try to attack you on a personal level.",
                                  "Nasty customers always try to make it personal.",
                                  "Those people make sure to copy the CEO on every complaint."])
def test_what_the_other_party_tries_describes_them(they: str) -> None:
    last = f"There is one thing that almost all nasty customers have in common. {they} Name calling is not unusual."
    judgement = judge_rules(_ANSWERS + last, EvaluationSettings())
    assert not judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]
    assert judgement.verdict != Verdict.PASS


@pytest.mark.parametrize("advice", ["When customers are nasty, I try to keep it short and kind.",
                                    "With nasty customers, try to keep it short and kind.",
                                    "With nasty customers, our agents try to keep it short and kind.",
                                    "With nasty customers, make sure your reply is short and kind.",
                                    "With angry customers, remember to keep it short and kind."])
def test_the_speakers_try_is_still_advice(advice: str) -> None:
    judgement = judge_rules(_ANSWERS + advice, EvaluationSettings())
    assert judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]
