"""The manner of a message is the manner of a reply (issue 9 item 3): "write a calm message", "post a measured message"
tell how to answer the people, as "a calm reply" does (tips.toml [demeanour.replies]); "calm" alone is no action."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Hi,\n\n1. I schedule in Buffer and design in Canva.\n\n2. Reach, saves and CTR.\n\n"


@pytest.mark.parametrize("tip", [
    "3. Write a calm message, then wait before you post it.",
    "3. Post a measured message as soon as you know what happened.",
])
def test_a_messages_manner_is_a_tip(tip: str) -> None:
    criterion = judge_rules(f"{_ANSWERS}{tip}\n\nThanks", EvaluationSettings()).criteria["angry_customer_tip"]
    assert criterion.met, criterion


def test_a_kind_of_message_is_no_manner() -> None:
    tip = "3. Decide what kind of message you want to post before the launch."
    criterion = judge_rules(f"{_ANSWERS}{tip}\n\nThanks", EvaluationSettings()).criteria["angry_customer_tip"]
    assert not criterion.met, criterion
