"""Advice that undoes itself is no tip (issue 9 items 3 and 4: negation with scope, ironic advice).

The words after a handling action can take it back ("apologise never", "acknowledge nothing",
"listen less", "answer sarcastically"), the words before it can make it the one to do less of
("talk more than you listen"), and a bare "no" can refuse it when it is asked as a question
("Apologise? No way."). Each answer stands where the reply answers the tip question, under the quoted
question, so only the words decide. Good advice using the same words stays a tip.
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply
from tests.evaluation.test_offline import evaluate

TIP = "angry_customer_tip"


@pytest.mark.parametrize("scenario", [
    "action_undone_by_never_under_the_quoted_question",
    "action_undone_by_nothing_under_the_quoted_question",
    "action_done_less_under_the_quoted_question",
    "action_outweighed_by_talking_under_the_quoted_question",
    "advice_asked_and_refused_under_the_quoted_question",
    "reply_in_their_own_tone_under_the_quoted_question",
    "reply_sarcastically_under_the_quoted_question",
    # The customers' own act named first does not make the same act advice.
    "yelling_back_when_customers_yell_under_the_quoted_question",
])
def test_advice_that_undoes_itself_is_no_tip(scenario: str) -> None:
    result = evaluate(f"{scenario}.eml")
    assert result["criteria"]["tools"]["met"] and result["criteria"]["metrics"]["met"]
    assert not result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] != "pass"


@pytest.mark.parametrize("scenario", [
    # A negated action with a bad manner after it advises against the manner.
    "negated_manner_under_the_quoted_question",
    # "nothing" inside the advice, not ending the action's clause.
    "nothing_inside_the_advice_under_the_quoted_question",
    # The action is the one to do more of.
    "listen_more_than_you_talk_under_the_quoted_question",
    # "without" negates what follows it, as "never" does.
    "tip_without_insulting_under_the_quoted_question",
    # What the angry person does ("when they insult you") is not advice to do it.
    "tip_polite_when_they_insult_under_the_quoted_question",
])
def test_good_advice_with_the_same_words_is_the_tip(scenario: str) -> None:
    result = evaluate(f"{scenario}.eml")
    assert result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "pass"


@pytest.mark.parametrize("scenario", [
    # "Just kidding" opening a sentence retracts the advice before it.
    "tip_retracted_by_just_kidding",
    # Blaming the customer, however politely told, is advice against them.
    "tip_that_the_customer_is_always_wrong",
    # The same in the other languages: "es broma" retracts; "honnêtement" set off by a comma is an aside
    # about the speaker's words, not honesty with anyone.
    "spanish_tip_retracted_as_a_joke",
    "french_anger_described_with_an_aside",
    # "(I never do.)" after the advice takes it back, brackets and all.
    "tip_retracted_in_brackets",
])
def test_advice_retracted_or_against_the_customer_is_no_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria["tools"].met and judgement.criteria["metrics"].met
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict != Verdict.PASS


@pytest.mark.parametrize("scenario", ["never_reply_in_their_tone", "spanish_never_answer_in_their_tone"])
def test_advice_against_answering_in_their_tone_is_the_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


def test_an_apology_owed_to_a_colleague_is_no_advice_about_the_customer() -> None:
    """An apology is to someone, so it makes advice about a person; not when it goes "to" someone who is
    no customer ("apologise to your boss")."""
    boss = judge_rules(reply("apology_owed_to_the_boss_under_a_tip_label"), EvaluationSettings())
    assert not boss.criteria[TIP].met and boss.verdict != Verdict.PASS
    customer = judge_rules(reply("apology_owed_to_the_customer_under_a_tip_label"), EvaluationSettings())
    assert customer.criteria[TIP].met and customer.verdict == Verdict.PASS
