"""A figure right after a quantity word is the value told, no thing measured (issue 9 item 2): "my other statistic is
click rate - the industry average is 3.1%" names one metric, click rate; "average" with the figure after it counts
nothing of its own, where "the average of comments per post" does."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def _metrics(answer: str) -> tuple[str, ...]:
    text = f"Hi,\n\nTools: Hootsuite and Canva.\n\nMetrics: {answer}\n\nTip: listen first and apologise.\n\nThanks"
    return judge_rules(text, EvaluationSettings()).criteria["metrics"].evidence


@pytest.mark.parametrize("value", ["the industry average is 3.1%", "the average is 12 a day"])
def test_a_value_after_a_quantity_word_is_no_metric(value: str) -> None:
    evidence = _metrics(f"My statistic is click rate - {value}. I track reach.")
    assert len(evidence) == 2, evidence


def test_a_thing_after_a_quantity_word_still_is() -> None:
    evidence = _metrics("My statistic is click rate. I track reach and the average of comments per post.")
    assert len(evidence) == 3, evidence
