"""A reply or reaction kept from anger is advice on handling the person whatever its verb: "don't react in anger",
"never post a reply angrily", "not to comment in the heat of the moment"."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I use Hootsuite and Buffer. I watch reach, saves and click-through rate.\n\n"


@pytest.mark.parametrize("tip", [
    "Even if the comment is obscene, it's important that you don't react in anger.",
    "Never post a reply angrily.",
    "Try not to comment in the heat of the moment.",
    "I never write in anger, I wait a day.",
])
def test_a_reply_kept_from_anger_is_a_tip(tip: str) -> None:
    criterion = judge_rules(_ANSWERS + tip + "\n", EvaluationSettings()).criteria["angry_customer_tip"]
    assert criterion.met, criterion


def test_anger_told_as_a_story_is_no_tip() -> None:
    reply = _ANSWERS + "Last week a member wrote to us in anger about the new forum layout.\n"
    assert not judge_rules(reply, EvaluationSettings()).criteria["angry_customer_tip"].met
