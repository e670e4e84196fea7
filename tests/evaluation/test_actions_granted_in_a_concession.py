"""An action word in a concessive clause opening its sentence ("Although a polite apology may be easy enough ...,
you may be more confused online") is granted to set up the main clause, not advised, even under a tip label;
an instruction after the clause's comma is the main clause's (bot/evaluation/tips.py `_conceded`)."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


def test_an_action_granted_in_a_concession_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_granted_in_a_concessive_clause"), thresholds)
    assert not judgement.criteria[TIP].met, judgement
    assert judgement.verdict != Verdict.PASS


def test_an_instruction_after_the_concession_is_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_after_a_concessive_clause"), thresholds)
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS
