"""Advice told as a warning or as the best thing to do (issue 9 item 3: advice mood as people write it).

"If you ignore them, they come back twice as loud" warns the reader off what works against the tip
(advice.toml [anti]) as "never ignore them" does: a condition on the reader ("if you", "once you", "the
moment you") just before anti advice is no advice to do it. "If you want some peace, ignore them" still
advises ignoring them: the anti advice is the main clause, not the condition. "The best thing we can do
is ..." tells advice as "the best way is" does (advice.toml [mood]).
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


def test_a_warning_against_anti_advice_is_the_tip() -> None:
    judgement = judge_rules(reply("warned_of_ignoring_them_in_the_last_paragraph"), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


def test_anti_advice_after_a_condition_on_what_the_reader_wants_stays_anti_advice() -> None:
    judgement = judge_rules(reply("anti_advice_after_a_condition_on_the_reader_wanting_quiet"), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.FAIL


def test_the_best_thing_we_can_do_is_told_as_advice() -> None:
    judgement = judge_rules(reply("best_thing_you_can_do_in_the_last_paragraph"), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", [
    "the_trick_with_difficult_people_is_to",
    "my_method_of_dealing_with_problem_customers_is",
    "the_answer_is_almost_always_a_call",
])
def test_the_way_to_deal_with_it_is_told_as_advice(scenario: str) -> None:
    """"The trick with difficult people is to ...", "my method of dealing with problem customers ... is to
    ...", "the answer is almost always a phone call": a word naming the way to deal with it, then "is",
    holds advice as "the key is" does, whatever few words stand between."""
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


def test_a_way_that_is_no_way_of_dealing_with_anyone_advises_nothing() -> None:
    judgement = judge_rules(reply("the_way_the_dashboard_is_set_up_guard"), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.FAIL


def test_more_instruction_verbs_open_advice() -> None:
    """"stick to asking questions", "Restate what the customer told you": instruction verbs of handling advice
    (advice.toml [imperative]) tell advice about the person, under the tip's label."""
    judgement = judge_rules(reply("instruction_verbs_stick_and_restate"), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS
