"""Keeping the people informed is a way of handling them whoever they are called (issue 9 item 3): "keep your
customers informed", "keep the residents posted", "keep everyone in the loop" tell the same action as "keep them
informed" (tips.toml [actions], "keep ... informed"). Keeping oneself informed about trends is no tip."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Hi,\n\nI schedule in Buffer and design in Canva. I watch reach, saves and CTR.\n\n"


@pytest.mark.parametrize("tip", [
    "Everytime something went wrong, I sent out an e-mail. So, I don't believe you can go wrong, if you keep your "
    "customers informed.",
    "Tip: when a repair is late, keep the residents posted every day.",
    "Tip: keep everyone in the loop until the complaint is closed.",
])
def test_keeping_the_people_informed_is_a_tip(tip: str) -> None:
    criterion = judge_rules(f"{_ANSWERS}{tip}\n\nThanks", EvaluationSettings()).criteria["angry_customer_tip"]
    assert criterion.met, criterion


def test_keeping_oneself_informed_is_no_tip() -> None:
    reply = f"{_ANSWERS}I keep myself informed about new features by reading blogs.\n\nThanks"
    criterion = judge_rules(reply, EvaluationSettings()).criteria["angry_customer_tip"]
    assert not criterion.met, criterion
