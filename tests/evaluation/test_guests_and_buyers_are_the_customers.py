"""A hotel's guests and a shop's buyers are the customers the tip question asks about, not a group of their own:
advice about them where the reply answers the third question ("Once the guest is calm, come up with an action plan
and tell the guest how you are going to assist them") is the tip, as it is about "the customer". Advice about a group
of its own with nothing of a conflict in it ("Ask your followers for photos") stays a tip about something else."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERED = "I use Buffer and Canva every day.\n\nI watch reach, saves and engagement rate.\n\n"


@pytest.mark.parametrize("tip", [
    "Once the guest is calm, come up with an action plan and tell the guest how you are going to assist them and "
    "make the situation right.",
    "When a buyer feels let down, thank the buyer for the message and tell them what you will do next.",
])
def test_advice_about_guests_or_buyers_is_the_tip(tip: str, thresholds: EvaluationSettings) -> None:
    assert judge_rules(_ANSWERED + tip, thresholds).criteria["angry_customer_tip"].met


def test_advice_about_a_group_of_its_own_is_still_no_tip(thresholds: EvaluationSettings) -> None:
    tip = judge_rules(_ANSWERED + "Ask your followers for photos and share the best ones every week.", thresholds)
    assert not tip.criteria["angry_customer_tip"].met
