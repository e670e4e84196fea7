"""Two gaps in the open vocabulary (issue 9 items 1 and 3): the tabs a candidate opens every morning
are the tools they work in ("I open the same tabs: Wunderlist, Basecamp and our community site"), and
putting right what went wrong is a way of handling an angry customer ("I simply make things right").
What the customers do for themselves is still no tip."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_names_in_the_tabs_the_candidate_opens_are_tools(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_listed_in_the_tabs_the_candidate_opens"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Wunderlist", "Basecamp")
    assert judgement.verdict == Verdict.PASS


def test_making_things_right_is_a_handling_action(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_make_things_right"), thresholds)
    assert judgement.criteria["angry_customer_tip"].evidence == ("I simply make things right",)
    assert judgement.verdict == Verdict.PASS


def test_what_angry_customers_do_for_themselves_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("trap_customers_do_whatever_it_takes"), thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.FAIL


def test_hedged_advice_to_take_it_to_the_phone_is_a_tip(thresholds: EvaluationSettings) -> None:
    """"It might be beneficial to invite them to talk it through over the phone or in a private email":
    advice, hedged, to take the conversation off the public page by another channel."""
    judgement = judge_rules(reply("tip_hedged_advice_to_take_it_to_the_phone"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS


def test_correcting_the_facts_calmly_is_a_handling_action(thresholds: EvaluationSettings) -> None:
    """"When a review gets the facts wrong, feel free to set the record straight, but stick to the facts"."""
    judgement = judge_rules(reply("tip_stick_to_the_facts"), thresholds)
    assert "stick to the facts" in judgement.criteria["angry_customer_tip"].evidence
    assert judgement.verdict == Verdict.PASS


def test_what_angry_customers_do_before_posting_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("trap_angry_customers_read_before_posting"), thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.FAIL


def test_a_pause_before_responding_is_a_handling_action(thresholds: EvaluationSettings) -> None:
    """"Upset members: count to five before responding": the pause before the answer to the person."""
    judgement = judge_rules(reply("tip_pause_before_responding"), thresholds)
    assert judgement.criteria["angry_customer_tip"].evidence == ("count to five before responding",)
    assert judgement.verdict == Verdict.PASS


def test_deep_breaths_between_calls_are_self_care_not_a_tip(thresholds: EvaluationSettings) -> None:
    """Breathing between calls looks after the agent, not the customer: no tip (a person may decide)."""
    judgement = judge_rules(reply("trap_deep_breaths_between_calls"), thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict != Verdict.PASS
