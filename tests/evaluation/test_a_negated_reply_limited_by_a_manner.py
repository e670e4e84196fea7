"""Negation with scope (issue 9 item 4): "never respond" refuses a reply, but "never respond in a sarcastic or
defensive way", "don't reply defensively" or "don't answer while you're upset" negate only the manner or the moment,
and advise the better reply, a tip as "don't respond emotionally" is. A refusal with no such limit stays anti
advice."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

_ANSWERS = ("Sprout Social for the shared inbox and Brandwatch for listening, every day.\n"
            "Each Monday I look at response time, sentiment and the share of mentions we answered.\n\n")


def test_a_reply_refused_only_in_a_manner_is_the_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("a_negated_reply_limited_by_a_manner"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]
    assert judgement.verdict == Verdict.PASS, judgement


@pytest.mark.parametrize("tip", [
    "With an angry customer, never reply in a condescending tone.",
    "With an upset customer, never respond defensively.",
    "Don't answer an angry customer in the same sarcastic manner they use.",
])
def test_a_negated_manner_advises_the_better_reply(tip: str, thresholds: EvaluationSettings) -> None:
    assert judge_rules(_ANSWERS + tip, thresholds).criteria["angry_customer_tip"].met


@pytest.mark.parametrize("tip", [
    "With an angry customer, never respond.",
    "Angry customers: never reply to them, it only feeds them.",
    "With an angry customer, never respond in public.",
])
def test_a_refusal_with_no_manner_is_no_tip(tip: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(_ANSWERS + tip, thresholds)
    assert not judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]
