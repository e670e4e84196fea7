"""A response, a reaction, a policy or an option named, then "is to": what follows is advice, as after "the best way
is to" ("3) Once a complaint comes in, the first response is to phone the member who raised it."). A response named
as a thing ("the response was to be expected", "our response time is to the minute") advises nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

OPENING = ("Hi Sam,\n\n1) We schedule everything in Buffer and design in Canva.\n\n2) I look at reach, saves and "
           "click-through rate every Monday.\n\n3) ")


@pytest.mark.parametrize("tip", [
    "Once a complaint comes in, the first response is to phone the member who raised it.",
    "When a guest posts a complaint, our policy is to answer within the hour and move it to email.",
    "With a complaint in the comments, the right reaction is to thank them and ask for details in private.",
])
def test_a_response_said_to_be_done_is_advice(tip: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(OPENING + tip + "\n\nThanks,\nRobin", thresholds)
    assert judgement.criteria["angry_customer_tip"].met


def test_a_response_named_as_a_thing_is_no_advice(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(OPENING + "After the price change the response was to be expected: a wave of "
                            "complaints.\n\nThanks,\nRobin", thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
