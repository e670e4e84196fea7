"""A list of metric examples ends with the first item that runs on into a clause of its own: the words after it
continue the sentence, they are no items (bot/evaluation/metrics.py `_until_one_runs_on`)."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Finding, Reading


def metrics_of(text: str) -> Finding:
    return find_metrics(Reading.of(text, "en"))


@pytest.mark.parametrize("text", [
    "Metrics like first response time and resolution time are far more than lines in a monthly report, they "
    "decide whether people walk away happy or angry.",
    "KPIs such as CSAT and handle time matter more than anything else on the wall screens here, since they "
    "show if the team is calm, rushed or stressed.",
])
def test_words_after_an_item_that_runs_on_are_no_listed_metrics(text: str) -> None:
    found = metrics_of(text)
    assert found.count == 2, found
    assert not {"angry", "stressed"} & {word.lower() for word in found.evidence}, found


def test_short_items_before_it_still_count() -> None:
    found = metrics_of("I watch metrics like reach, saves, story exits and reply time, all of them every morning "
                       "before the first coffee of the day.")
    assert found.count >= 3, found
