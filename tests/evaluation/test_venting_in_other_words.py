"""Letting the person vent, in the other words people use for it: "have their say", "say their piece", "speak their
mind", "blow off steam" (tips.toml [actions] and [handling]), as "let them vent" and "off their chest" are."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I schedule in Hootsuite and design in Canva.\n\nI watch reach, saves and response time.\n\n"


@pytest.mark.parametrize("vent", ["allow them to have their say", "let them say their piece",
                                  "let them speak their mind", "let them blow off some steam"])
def test_letting_an_angry_member_vent_is_a_tip(vent: str) -> None:
    judgement = judge_rules(_ANSWERS + f"When a member is furious, {vent} before you answer.", EvaluationSettings())
    assert judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]


def test_venting_where_the_tip_is_answered_is_not_failed() -> None:
    tip = ("Sometimes the member just needs to blow off some steam. If you allow your member to have their say, this "
           "will often subdue them.")
    assert judge_rules(_ANSWERS + tip, EvaluationSettings()).verdict != Verdict.FAIL
