"""A metric's other name ("CSAT is also known as the share of customers who rate us four or five", "... is also
called ...") is that metric again, counted once; "is important, but I also watch ..." still turns to a metric of
its own (bot/evaluation/metrics.py, `_defining`)."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def test_a_metric_also_known_as_another_name_counts_once() -> None:
    judgement = judge_rules("CSAT is also known as the share of customers who rate us four or five. I also "
                            "watch reach.\n", EvaluationSettings())
    assert not judgement.criteria["metrics"].met


def test_also_watching_another_metric_still_counts_it() -> None:
    judgement = judge_rules("Engagement rate is important, but I also watch how many people reply and reach.\n",
                            EvaluationSettings())
    assert judgement.criteria["metrics"].met
