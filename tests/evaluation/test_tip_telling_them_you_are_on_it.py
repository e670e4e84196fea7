"""Telling the person their message is seen and being worked on is a handling action ("let the customer know you
are looking into it", "keep them posted": tips.toml [actions]), in the tip's place as much as "apologise"; "let me
know" still asks the mail's reader."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


def test_telling_the_customer_you_are_on_it_is_the_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_telling_the_customer_you_are_on_it"), thresholds)
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS


def test_let_me_know_still_closes_the_mail(thresholds: EvaluationSettings) -> None:
    text = reply("tip_telling_the_customer_you_are_on_it").replace(
        "Just let the customer know that you have seen their message and that you are looking into it.",
        "Let me know if you need anything else.")
    judgement = judge_rules(text, thresholds)
    assert not judgement.criteria[TIP].met, judgement
