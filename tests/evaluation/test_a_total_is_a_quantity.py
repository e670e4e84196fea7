""""total" is a quantity word like "number of": what it sums is a metric ("Total messages, total visits, total
members (with 7- / 30-day trends)" names three; metric_frames.toml [quantities]). Only a thing that can be counted
follows it as a metric: "a total mess", "in total control" name none."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def _metrics(said: str) -> set[str]:
    reply = f"Hi,\n\nI use Hootsuite and Canva.\n\n{said}\n\nWhen customers are angry, listen first.\n\nThanks"
    return {e.lower() for e in judge_rules(reply, EvaluationSettings()).criteria["metrics"].evidence}


@pytest.mark.parametrize("said", [
    "Total posts, total visits, total members (with weekly trends).",
    "Every Monday I write down total comments, total shares and total likes.",
])
def test_each_total_of_a_counted_thing_is_a_metric(said: str) -> None:
    assert len(_metrics(said)) >= 3, _metrics(said)


@pytest.mark.parametrize("said", [
    "Our forum was a total mess and I was in total control of the chaos.",
    "It was a total surprise, in total honesty.",
])
def test_a_total_of_nothing_counted_is_no_metric(said: str) -> None:
    assert _metrics(said) == set()
