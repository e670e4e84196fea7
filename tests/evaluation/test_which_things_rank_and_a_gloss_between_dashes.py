"""Two readings of real replies: things a "which" picks out by how they rank are a metric ("which pages are most
popular", "which posts perform best"; bot/evaluation/metric_frames.py `_ranked`), and a name set between dashes
glosses the clause before it, so what weighs that clause weighs the name ("There is a close competitor – Buffer –
but I can't say which is better" uses no Buffer; bot/evaluation/negation.py `clause`)."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("text", [
    "Metrics: Do you know how much traffic your site gets? Do you know which pages are most popular? "
    "Do you know how many of your emails get opened?",
    "Metrics: reach, saves, and which posts perform best each month.",
])
def test_things_ranked_by_how_they_do_are_a_metric(text: str) -> None:
    found = find_metrics(Reading.of(text, "en"), doubt_below=3)
    assert found.count == 3, found


def test_a_ranking_outside_talk_of_metrics_is_none() -> None:
    assert find_metrics(Reading.of("I wonder which flavour is most popular with my kids.", "en")).count == 0


def test_a_name_between_dashes_is_weighed_with_the_clause_before_it() -> None:
    text = "We use Planable for the calendar. There is a close competitor – Buffer – but I cannot say which is better."
    assert find_tools(Reading.of(text, "en")).evidence == ("Planable",)


def test_a_name_between_dashes_after_a_clause_of_use_is_used() -> None:
    text = "We schedule with Planable – and Buffer – every day."
    assert set(find_tools(Reading.of(text, "en")).evidence) == {"Planable", "Buffer"}
