"""Where the reply marks its tip (a label, the quoted question, a number), anti advice elsewhere says nothing against
it: a negated action in the metrics answer ("Not every pause is a goodbye.") leaves "Tip: Never publicly argue with
members." the tip; anti advice inside the marked answer still is none."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Tools: I schedule in Hootsuite and design in Canva.\n\n"
_METRICS = ("Metrics: I track week-over-week retention and DAU/MAU ratios. Not every pause is a goodbye. I watch "
            "dormant-to-active conversions too.\n\n")


def test_a_negated_action_in_the_metrics_answer_leaves_the_labelled_tip() -> None:
    text = _TOOLS + _METRICS + "Tip: Never publicly argue with members.\nRespond promptly but thoughtfully.\n"
    tip = judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"]
    assert tip.met, tip


def test_anti_advice_in_the_labelled_tip_is_still_none() -> None:
    text = _TOOLS + _METRICS + "Tip: Ignore them and delete their comments.\n"
    assert not judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"].met
