""""Her" names a person as "him" and "his" do (advice.toml [person]): "Don't give away the store to shut her up" is
advice about the person the next sentence says is belligerent, as "to shut him up" is."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I schedule in Hootsuite and design in Canva.\n\nI watch reach, saves and response time.\n\n"


@pytest.mark.parametrize("who", ["her", "him"])
def test_advice_about_her_is_about_a_person(who: str) -> None:
    tip = (f"Don't give away the store to shut {who} up. That rewards the behavior and teaches everyone that acting "
           "belligerently is the way to get what they want.")
    judgement = judge_rules(_ANSWERS + tip, EvaluationSettings())
    assert judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]
