"""A figure right before people and what they do counts that action, as "how many people unsubscribe" does: "after
each mailing 3–4 people unsubscribe" (churn), "Last month 1,200 people clicked through" (clicks), "about 40 people
joined" (follower growth). A count under ten is a story ("At the launch 2 people complained") unless it is a range or
recurs ("after each mailing"); people who do nothing counted ("40 people came to the talk") count nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.language import detect_language
from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from tests.growth import cpu_growth


def _metrics(text: str) -> list[str]:
    return list(find_metrics(Reading.of(text, detect_language(text))).evidence)


@pytest.mark.parametrize(("text", "counted"), [
    ("I have around 670 subscribers. After each mailing 3–4 people unsubscribe.", "3–4 people unsubscribe"),
    ("Last month 1,200 people clicked through to the shop.", "1,200 people clicked"),
    ("Every week about 40 people joined the server.", "40 people joined"),
    ("After each newsletter 5 readers unsubscribe.", "5 readers unsubscribe"),
])
def test_people_counted_by_a_figure_count_their_action(text: str, counted: str) -> None:
    assert counted in _metrics(text)


@pytest.mark.parametrize("text", [
    "At the launch 2 people complained about the price.",
    "Last year 40 people came to the talk in Lisbon.",
])
def test_a_story_or_no_counted_action_counts_nothing(text: str) -> None:
    assert _metrics(text) == []


def test_reading_figures_of_people_is_linear() -> None:
    shape = "and 30 people clicked "
    assert cpu_growth(_metrics, "We track this. " + shape * 200, "We track this. " + shape * 1_600) < 24
