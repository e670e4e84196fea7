"""The duty of the role, said of anyone who holds it, is advice: "so a moderator will need to stay calm and explain"
(advice.toml [mood]); a duty about something else stays no tip."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


def test_the_duty_of_the_role_in_the_last_paragraph_is_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_as_the_duty_of_the_role"), thresholds)
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS


def test_a_duty_about_something_else_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("duty_of_another_role_no_tip"), thresholds)
    assert not judgement.criteria[TIP].met, judgement
