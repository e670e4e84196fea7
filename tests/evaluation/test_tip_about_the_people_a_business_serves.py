"""A tip names the person it is for in many words: besides customers, clients, members and users, the other people a
business or a community serves (advice.toml [person]: shoppers, passengers, riders, players, attendees, viewers,
subscribers ...). "We mirror the shopper's words and check them against the order history. Then we give one next
step, a named owner and a time window" in the tip's place is advice about the person, not "not clearly for angry
people"."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_advice_about_a_shopper_in_the_tips_place_is_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_about_the_people_a_business_serves"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS
