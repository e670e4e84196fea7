"""What a sentence grants or calls hard is no advice (tips.py): "Even though we understand that the person is not mad
at us, ..." grants the understanding to set up its main clause, and "it can still be difficult not to take it
personally" says an action is hard, not that anyone should do it. Told as advice ("It is hard, but stay calm",
"Although it is hard, apologise first") they still are tips, and so is trying hard ("Try hard to stay calm")."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

ANSWERS = "Hi,\n\n1) We use Hootsuite and Canva every day.\n\n2) I track reach, saves and CTR weekly.\n\n3) "


@pytest.mark.parametrize("tip", [
    "Even though we understand that the person is not mad at us, it can be hard some days.",
    "Even though we understand that the person is not mad at “us”, it can still be difficult not to take it "
    "personally at times...",
    "It can be tough to apologise to an angry customer.",
    "With a furious member it is never easy to stay patient.",
    "Some days it is really hard not to take angry comments personally.",
])
def test_an_action_granted_or_called_hard_is_no_tip(tip: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(ANSWERS + tip + "\n\nThanks,\nRobin", thresholds)
    assert not judgement.criteria["angry_customer_tip"].met


@pytest.mark.parametrize("tip", [
    "It is hard, but stay calm and apologise to the angry customer.",
    "Although it is hard, apologise first when a customer is furious.",
    "It can be tough, yet you should always listen to an angry member before you answer.",
    "It is hard to stay calm with angry customers, so take a breath before you reply.",
    "Try hard to stay calm when a customer is furious.",
    "Work hard to win back a furious customer: apologise and fix it.",
])
def test_advice_told_beside_a_hardship_is_still_a_tip(tip: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(ANSWERS + tip + "\n\nThanks,\nRobin", thresholds)
    assert judgement.criteria["angry_customer_tip"].met
