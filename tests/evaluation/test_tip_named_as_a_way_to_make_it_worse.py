"""Ironic advice (issue 9 item 3): an act named as the way to make things worse is no tip ("the one thing I can do
to escalate their anger is to stay completely polite": habits.toml [worsening_aim] before the act, "is" between);
a worsening aim the reply warns against ("never try to provoke them; the best thing is to listen") leaves the
advice after it."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_an_act_named_as_the_way_to_escalate_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_named_as_a_way_to_make_it_worse"), thresholds)
    assert judgement.criteria["angry_customer_tip"].evidence == ()
    assert judgement.verdict == Verdict.FAIL


def test_advice_after_a_worsening_aim_warned_against_is_the_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_after_a_negated_worsening_aim"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS
