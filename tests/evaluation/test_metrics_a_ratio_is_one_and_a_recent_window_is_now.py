"""Two ways real people phrase a metric that the grammar of measurement must read (bot/evaluation/metrics.py):
- a ratio of two counts is one metric, its counts are its parts ("the ratio of daily active users to total
  members", "the ratio between comments and likes", "the follower-to-following ratio"; `_ratios`);
- "in the past 30 days" is a window of time up to now, not a time gone (bot/lexicons/negation.toml [not_cues]):
  "members who posted in the past 30 days" is watched today, while "In the past I tracked reach" is over."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES


def count(text: str) -> int:
    return find_metrics(Reading.of(text, "en")).count


@pytest.mark.parametrize("text", [
    "I watch the ratio of daily active users to total members.",
    "I watch the ratio between comments and likes.",
    "I watch the follower-to-following ratio.",
    "I watch the DAU to MAU ratio.",
])
def test_a_ratio_of_two_counts_is_one_metric(text: str) -> None:
    assert count(text) == 1


def test_metrics_after_a_ratio_still_count() -> None:
    assert count("I watch the ratio of daily active users to total members, and also reach and CTR.") == 3


@pytest.mark.parametrize("text", [
    "I count members who posted in the past 30 days, new sign-ups each week and how many questions get an answer.",
    "I look at active members in the past week, reach and CTR.",
])
def test_a_window_up_to_now_is_no_time_gone(text: str) -> None:
    assert count(text) == 3


def test_a_time_gone_still_cancels() -> None:
    assert count("In the past I tracked reach, impressions and follower growth.") == 0


@pytest.mark.parametrize(("scenario", "verdict"), [
    ("ratio_of_two_counts_is_one_metric", "fail"),
    ("members_active_in_the_past_thirty_days", "pass"),
])
def test_replies_phrasing_metrics_these_ways(scenario: str, verdict: str) -> None:
    result = evaluate_bytes((FIXTURES / f"{scenario}.eml").read_bytes(), Settings())
    assert result["verdict"] == verdict


def test_reading_ratios_is_linear() -> None:
    from bot.evaluation import metrics
    from tests.evaluation.steps import steps

    def run(size: int) -> int:
        reading = Reading.of("the ratio of " + "members and ratio of " * size + "x", "en")
        find_metrics(reading)  # warm: lexicons load outside the count
        return steps(lambda: find_metrics(reading), frozenset({metrics.__file__}))

    assert run(8 * 40) / run(40) < 16
