"""A reply that answers under labels may number the lines of its list: "Metrics:" over "1. Enquiries", "2. Demo
bookings", "3. Conversions", "4. Churn". There the numbers mark items of the list answering the metrics question,
as bullets do, not answers to other questions; each short item is a metric when the list's known metrics outnumber
or match the unknown ones (metrics._answer_items), with or without a blank line after the label."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

TOOLS = "Tools: I plan our posts in Later and design in Canva."
TIP = "Tip: Listen first, then apologise and fix it."
ITEMS = ["Enquiries", "Demo bookings (the free call in our case)", "Conversions", "Churn"]


def _reply(metrics: str) -> str:
    return f"Hi Sam,\n\n{TOOLS}\n\n{metrics}\n\n{TIP}\n\nBest,\nRobin"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("mark", ["{n}. ", "{n}) "])
def test_numbered_lines_under_a_metrics_label_are_its_items(gap: str, mark: str,
                                                            thresholds: EvaluationSettings) -> None:
    listed = "\n".join(mark.format(n=n) + item for n, item in enumerate(ITEMS, start=1))
    judgement = judge_rules(_reply(f"Metrics:{gap}Every month we look at four numbers:\n{listed}"), thresholds)
    metrics = judgement.criteria["metrics"]
    assert metrics.met
    assert "Enquiries" in metrics.evidence
    assert judgement.verdict == Verdict.PASS


def test_numbered_lines_of_prose_are_no_metrics(thresholds: EvaluationSettings) -> None:
    listed = ("1. We started the page in 2019 and it grew fast.\n2. Then we hired a second person.\n"
              "3. Conversions\n4. Churn")
    judgement = judge_rules(_reply(f"Metrics:\n{listed}"), thresholds)
    assert not judgement.criteria["metrics"].met


def test_one_known_metric_does_not_vouch_for_three_unknown_lines(thresholds: EvaluationSettings) -> None:
    listed = "1. Enquiries\n2. Demo bookings\n3. Trials\n4. Churn"
    judgement = judge_rules(_reply(f"Metrics:\n{listed}"), thresholds)
    assert not judgement.criteria["metrics"].met
