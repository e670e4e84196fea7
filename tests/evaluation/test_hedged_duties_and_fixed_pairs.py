"""A duty told to the reader with a modal between "you" and its verb is advice as the bare duty is ("you may need
to move the conversation to email", "you'll have to", "you might want to": advice.toml [mood]). A discourse idiom
in the form of advice ("let's get one thing straight") and a fixed pair of verbs telling what people do ("angry
commenters come and go") advise no one (advice.toml [idioms])."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


def test_a_hedged_duty_in_the_tip_answer_is_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("hedged_duty_in_the_tip_answer"), thresholds)
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", ["idiom_get_one_thing_straight_in_the_tip_answer",
                                      "fixed_verb_pair_in_the_tip_answer"])
def test_an_idiom_or_a_fixed_pair_of_verbs_is_no_tip(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert not judgement.criteria[TIP].met, judgement
    assert judgement.verdict != Verdict.PASS
