"""Advice told in three more ways real replies use: an instruction with a question tag after it ("..., wouldn't
you?" asks for agreement, not an answer), a denied duty ("does not mean you should stoop to their level" advises
against stooping) and "your best move may be to ..." (bot/evaluation/advice.py `_TAG_QUESTION`, `_NEGATED_BEFORE`;
advice.toml [mood])."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


@pytest.mark.parametrize("scenario", ["tip_with_a_question_tag", "tip_as_a_denied_duty", "tip_as_the_best_move"])
def test_the_advice_is_the_tip(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS


def test_a_real_question_still_advises_nothing(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("a_real_question_in_the_tip_answer"), thresholds)
    assert judgement.verdict != Verdict.PASS, judgement
