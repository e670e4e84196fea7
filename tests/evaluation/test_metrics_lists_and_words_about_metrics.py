"""Words about metrics name none, and a list of metrics may open inside its first item (issue 9 item 2).
"whether our metrics are going up or down" watches no metric of its own: "metrics", "numbers", "KPIs", "stats"
are no thing measured. After a cue that ends its clause ("When our team discusses metrics, we talk about
Activity, Reach and Engagement") the list opens after the first item's last opening word ("about"), so its
first item between metrics counts; a first item with no opening word ("honestly the budget") does not.
"""

from __future__ import annotations

import pytest

from tests.evaluation.test_offline import evaluate


@pytest.mark.parametrize(("name", "metrics", "verdict"), [
    ("metrics_going_up_name_no_metric.eml", ["saves", "shares"], "fail"),
    ("metrics_list_opened_inside_its_first_item.eml", ["Activity", "Reach", "Engagement"], "pass"),
    ("metrics_list_first_item_without_an_opening_word.eml", ["reach", "engagement"], "fail"),
])
def test_metrics_lists_and_words_about_metrics(name: str, metrics: list[str], verdict: str) -> None:
    result = evaluate(name)
    assert result["criteria"]["metrics"]["evidence"] == metrics, result["criteria"]["metrics"]
    assert result["verdict"] == verdict
