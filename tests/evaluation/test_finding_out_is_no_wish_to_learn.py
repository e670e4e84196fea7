"""A reader finding something out ("click on your post to learn more") is no wish to learn the metric or tool named
before it; "Tableau is something I want to learn" still is (negation.toml [not_cues], [soft_after])."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def test_a_metric_before_to_learn_more_counts() -> None:
    text = ("I watch likes and reach. Post engagement measures how many people show interest in your post by "
            "clicking on it to learn more.\n")
    assert judge_rules(text, EvaluationSettings()).criteria["metrics"].met


def test_a_metric_before_to_learn_what_counts() -> None:
    text = "I watch likes and reach, and I dig into saves to learn what works.\n"
    assert judge_rules(text, EvaluationSettings()).criteria["metrics"].met


def test_a_tool_one_wants_to_learn_is_still_not_used() -> None:
    text = "I schedule in Canva. Tableau is next on my list to learn.\n"
    assert not judge_rules(text, EvaluationSettings()).criteria["tools"].met
