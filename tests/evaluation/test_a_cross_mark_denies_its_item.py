"""A cross mark denies what its line or item says, as a tick affirms it: under "Brand monitoring is NOT:", "❌ Checking
Instagram likes" watches no likes, and "❌ likes ✅ reach ✅ saves" denies only the likes (negation.toml [before],
[boundaries])."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def test_crossed_lines_are_not_watched() -> None:
    text = ("Brand monitoring is NOT:\n\n❌ Checking Instagram likes\n❌ Counting follower growth\n"
            "❌ Tracking engagement rate\n✅ Measuring sentiment\n")
    metrics = judge_rules(text, EvaluationSettings()).criteria["metrics"]
    assert metrics.evidence == ("sentiment",), metrics


def test_a_tick_ends_what_the_cross_before_it_denies() -> None:
    metrics = judge_rules("What I track: ❌ likes ✅ reach ✅ saves ✅ reply time\n", EvaluationSettings()).criteria[
        "metrics"]
    assert metrics.met and "likes" not in metrics.evidence, metrics
