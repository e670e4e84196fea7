""""The only thing I do is ..." names the speaker's way of handling it, as "the first thing I do is ..." does
(advice.toml [mood]): "When a patron gets upset, the only thing I do is stay polite"."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_FIRST = "I use Hootsuite and Buffer. I watch reach, saves and CTR.\n\n"


def test_the_only_thing_done_is_the_tip() -> None:
    text = _FIRST + "When a patron gets upset, the only thing I do is stay polite.\n"
    assert judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"].met


def test_the_only_thing_done_about_something_else_is_no_tip() -> None:
    text = _FIRST + "On Mondays the only thing I do is schedule the week's posts.\n"
    assert not judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"].met
