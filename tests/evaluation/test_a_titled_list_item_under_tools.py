"""A list item of two or three capitalised words in the answer to the tools question is one name (issue 9 item 1),
however common its words: under "Tools I use:", "- Yahoo Pipes" names a product as "- Technorati" does. An item that
is a channel, a metric, a kind of work ("- Social Listening") or a sentence is none."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = ("\n\nMetrics I watch:\n- reach\n- engagement rate\n- response time\n\nMy tip: listen first and apologise."
         "\n\nThanks")


def _tools(items: str) -> tuple[bool, tuple[str, ...]]:
    result = judge_rules(f"Hi,\n\nTools I use:\n{items}{_REST}", EvaluationSettings()).criteria["tools"]
    return result.met, result.evidence


@pytest.mark.parametrize("items", ["- Yahoo Pipes\n- Technorati", "* Market Metrix\n* Technorati",
                                   "1. Yahoo Pipes\n2. Technorati"])
def test_a_titled_item_is_a_name(items: str) -> None:
    met, evidence = _tools(items)
    assert met and len(evidence) == 2, evidence


@pytest.mark.parametrize("items", ["- Social Listening\n- Technorati", "- Facebook Groups\n- Technorati",
                                   "- Engagement Rate\n- Technorati", "- Yahoo Pipes are great\n- Technorati"])
def test_a_kind_of_work_a_channel_or_a_metric_is_no_name(items: str) -> None:
    met, evidence = _tools(items)
    assert not met, evidence
