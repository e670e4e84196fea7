"""A hasty reply named the worst thing to do is a tip (issue 9 item 3): "The worst thing you can do is to respond
immediately without thinking things through" advises the better reply, as "never respond immediately" does; a reply
warned against with no moment or manner limiting it advises nothing of the kind, and a reply told as the speaker's
habit is no warning."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Hi,\n\nTools: Hootsuite and Canva.\n\nMetrics: reach, engagement rate and response time.\n\n"


def _tip(tip: str) -> tuple[bool, tuple[str, ...]]:
    # The tip as the last paragraph, with no label: its words alone tell it is advice.
    result = judge_rules(f"{_ANSWERS}{tip}\n\nThanks", EvaluationSettings()).criteria["angry_customer_tip"]
    return result.met, result.evidence


@pytest.mark.parametrize("tip", [
    "The worst thing you can do is to respond immediately without thinking things through. Then get someone else to "
    "read the review.",
    "The biggest mistake is to answer right away.",
    "The most common mistake is to reply before you have read the whole thread.",
])
def test_a_hasty_reply_named_the_worst_thing_is_a_tip(tip: str) -> None:
    met, evidence = _tip(tip)
    assert met, evidence


def test_a_hasty_reply_told_as_a_habit_is_no_tip() -> None:
    assert not _tip("I always reply immediately.")[0]
