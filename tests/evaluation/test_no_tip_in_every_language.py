"""Saying there is no tip is a clear gap in every language (issue 9 item 5: "fail only what is clearly missing"), not
partial evidence a person must read: a tip's label answered with a denial ("Dica: não tenho, sinceramente.",
"Consejo: ninguno, la verdad.", "Tip: none, sorry!"; tips.toml [none_after_label]) and the ways other languages say
they have none ("aucune idée", "ça ne m'est jamais arrivé"; [no_tip]). A denial that opens advice ("Tip: nothing
calms an upset customer faster than an apology") gives a tip."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize("scenario", [
    "no_tip_after_label_pt", "no_tip_after_label_es", "no_tip_after_label_en", "no_tip_said_in_french"])
def test_a_reply_saying_it_has_no_tip_fails(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].met and judgement.criteria["metrics"].met
    assert not judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.FAIL
    assert "missing:angry_customer_tip" in judgement.reasons


def test_a_denial_opening_advice_under_the_label_is_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_label_opens_with_nothing"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS
