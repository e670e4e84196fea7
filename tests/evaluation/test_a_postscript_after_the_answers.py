"""A postscript after the three answers is an afterthought, not the third answer: the tip is the paragraph before it,
with the postscript read beside it, which may add to the tip."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Tools: I schedule in Hootsuite and design in Canva.\n\nMetrics: reach, saves and clicks.\n\n"
_TIP = ("Let people vent their righteous anger at the world. It hurts nobody and makes them feel better. Whatever. "
        "Don't argue back, don't delete their posts (you can edit out the cussing, this is a family friendly forum, "
        "after all), and don't close their threads.\n\n")


def test_the_paragraph_before_a_postscript_is_the_tip() -> None:
    text = _ANSWERS + _TIP + ("P.S. I have literally spent hours of my life, over several long weekends, trying to "
                              "deal with drama on this board that one user has either caused or kept fuelling.\n")
    tip = judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"]
    assert tip.met, tip


def test_a_tip_in_the_postscript_still_counts() -> None:
    text = _ANSWERS + ("I have spent many evenings on a busy board of two thousand members this year.\n\n"
                       "PS: when someone is furious, reply once, calmly, and move it to a private message.\n")
    tip = judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"]
    assert tip.met, tip
