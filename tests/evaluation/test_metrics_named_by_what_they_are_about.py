"""A list the reply calls metrics may say what they are about rather than what they include: "metrics around
time-to-answer, AHT and first post resolution", "metrics covering reach, saves and the share of replies" name each
item a metric, as "metrics like A, B and C" does (metrics._NAMED_LIST_LEAD)."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize("lead", ["around", "covering", "related to", "regarding"])
def test_the_items_of_metrics_about_things_are_metrics(lead: str) -> None:
    text = f"Lots of work goes into measuring quantitative metrics {lead} time-to-answer, AHT and first post resolution"
    judgement = judge_rules(text, EvaluationSettings())
    assert judgement.criteria["metrics"].met
    assert {"AHT", "first post resolution"} <= set(judgement.criteria["metrics"].evidence)


def test_a_list_of_places_after_metrics_names_no_metric() -> None:
    judgement = judge_rules("I carry the metrics around with me, then send them on.", EvaluationSettings())
    assert not judgement.criteria["metrics"].evidence
