"""Idioms in the form of advice advise no one ("Let's face it, some people are just impossible", "Don't get me
wrong, ..."): their words open no instruction, though a verb after them still may (advice.toml [idioms])."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


@pytest.mark.parametrize("scenario", ["idiom_lets_face_it_in_the_tip_answer",
                                      "idiom_dont_get_me_wrong_in_the_tip_answer"])
def test_an_idiom_is_no_tip(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert not judgement.criteria[TIP].met, judgement
    assert judgement.verdict != Verdict.PASS


def test_advice_after_an_idiom_is_still_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("idiom_then_real_advice_in_the_tip_answer"), thresholds)
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS
