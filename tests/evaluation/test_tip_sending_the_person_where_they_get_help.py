"""Sending the person where they get help is an instruction as "call them" is: "point the person to a phone number",
"redirect them to support", "walk them through the refund" (advice.toml [imperative]), here after "so" in the
last paragraph, beside the complaint it is for."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_pointing_the_person_to_a_phone_number_is_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_sending_the_person_where_they_get_help"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met, judgement
    assert judgement.verdict == Verdict.PASS
