"""Advice the reply says changes nothing is no tip (issue 9 item 3: "negated or ironic advice is not"): "you can stay
calm and apologise all you want, they'll still shout at you", "you can listen and explain till you're blue in the
face" (habits.toml [futile], [futile_if_you_can] after the act, [you_can] before it). "Let them vent as much as they
want, then apologise" is advice: no "you can" before it."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize("scenario", ["tip_said_to_be_futile", "tip_said_to_be_futile_idiom"])
def test_handling_said_to_change_nothing_is_no_tip(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["angry_customer_tip"].evidence == ()
    assert judgement.verdict == Verdict.FAIL


def test_letting_them_vent_as_much_as_they_want_is_advice(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_as_much_as_they_need"), thresholds)
    assert judgement.criteria["angry_customer_tip"].evidence == (
        "let them vent as much as they want", "apologise", "offer a fix")
    assert judgement.verdict == Verdict.PASS
