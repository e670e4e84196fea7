"""A tip told as what handling the person takes (issue 9 item 3): in the tip's place or beside an
anger word, "Calming an irate customer comes down to listening properly" and "Dealing with frustrated
members requires acknowledging the problem first" name the handling action they advise. What it takes
that is no handling action ("a thick skin"), a denial ("doesn't require apologising") and luck are no
tip."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize("scenario", ["tip_what_handling_takes", "tip_what_handling_takes_requires"])
def test_what_handling_takes_is_the_tip(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    tip = judgement.criteria["angry_customer_tip"]
    assert tip.met, judgement
    assert any("a statement valuing a way of handling it" in why for why in tip.why)
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", [
    "trap_handling_takes_a_thick_skin",
    "trap_handling_does_not_require",
    "trap_handling_comes_down_to_luck",
])
def test_what_it_takes_without_a_handling_action_is_no_tip(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.FAIL



@pytest.mark.parametrize("scenario", [
    "tip_deescalation_is_about_slowing_down",
    "tip_empathy_comes_down_to_repeating",
])
def test_a_way_of_handling_said_to_take_an_act_is_the_tip(scenario: str, thresholds: EvaluationSettings) -> None:
    """The subject's head is itself a way of handling the person ("De-escalation is mostly about slowing the
    conversation down", "empathy comes down to naming their problem"): any act told as a gerund after the verb
    is what it takes. "de-escalation" presupposes a conflict, as an anger word does."""
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS


def test_another_task_said_to_take_an_act_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_reporting_is_about_tracking"), thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.FAIL
