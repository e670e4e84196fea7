"""A tip about when to post is a tip about something else (issue 9 item 3): "You should know when your followers are
most active to be able to get your message across at the right time" fails the tip, as "post when your followers are
online" does; advice for the angry person that names a time is still a tip."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Hi,\n\nTools: Hootsuite and Canva.\n\nMetrics: reach, engagement rate and response time.\n\n"


def _verdict(tip: str) -> Verdict:
    return judge_rules(f"{_ANSWERS}Tip: {tip}\n\nThanks", EvaluationSettings()).verdict


def test_when_to_post_is_no_tip() -> None:
    assert _verdict("You should know when your followers are most active to be able to get your message across at "
                    "the right time.") is Verdict.FAIL


@pytest.mark.parametrize("tip", ["Reply at the right time: when they are calm, listen and apologise.",
                                 "Angry customers are most active at night, so reply fast and stay calm."])
def test_handling_the_angry_at_a_time_is_a_tip(tip: str) -> None:
    assert _verdict(tip) is Verdict.PASS
