"""Advice on a conflict with someone the candidate works with ("a coworker ... lashed out at me. When faced with a
conflict, ... allow time to cool down") names no customer, member or anyone the candidate serves: it may carry over
to angry customers, and graders split, so a person decides (tips.toml [coworkers], [served];
bot/evaluation/tips.py, `_coworkers_only`). A coworker named beside the customer the advice is for takes nothing
away."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


def test_advice_on_a_conflict_with_a_coworker_goes_to_a_person() -> None:
    judgement = judge_rules(reply("tip_on_a_conflict_with_a_coworker"), EvaluationSettings())
    assert not judgement.criteria[TIP].met
    assert judgement.verdict == Verdict.NEEDS_REVIEW, judgement.reasons
    assert any("coworker" in note for note in judgement.criteria[TIP].notes)


def test_a_coworker_beside_the_customer_takes_nothing_away() -> None:
    judgement = judge_rules(reply("tip_with_a_coworker_beside_the_customer"), EvaluationSettings())
    assert judgement.criteria[TIP].met
    assert judgement.verdict == Verdict.PASS, judgement.reasons
