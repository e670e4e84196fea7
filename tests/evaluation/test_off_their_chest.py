"""Letting someone get it off their chest is letting them vent, a handling action (tips.toml [actions],
[handling]): "I find letting the customer get it all off their chest first works best" is the tip."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_FIRST = "I use Hootsuite and Buffer. I watch reach, saves and CTR.\n\n"


def test_letting_them_get_it_off_their_chest_is_the_tip() -> None:
    text = _FIRST + "I find letting the customer get it all off their chest first works best.\n"
    assert judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"].met


def test_getting_something_off_ones_own_chest_is_no_tip() -> None:
    text = _FIRST + "Writing this email finally got the launch off my chest.\n"
    assert not judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"].met
