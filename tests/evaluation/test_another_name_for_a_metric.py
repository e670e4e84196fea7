"""A metric's other name ("CSAT is also known as the share of customers who rate us four or five", "... is also
called ...") is that metric again, counted once, whether it opens its clause or is given in passing (", also called
...", "(aka ...)"); "is important, but I also watch ..." still turns to a metric of its own (bot/evaluation/
metrics.py, `_defining`, `_other_names`)."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
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


@pytest.mark.parametrize("said", [
    # In apposition, between commas or brackets, wherever the first name stands in its clause.
    "I watch share of voice, also called the number of conversations about your brand, and reach.",
    "I watch reach and share of voice (aka the number of conversations about your brand).",
    "Reach matters and so does share of voice, otherwise known as the number of conversations about your brand.",
    # The first name does not open its clause (a sentence run on without its full stop).
    "Track reach over time, not just absolute numbers Share of voice is also known as the number of conversations "
    "about your brand versus your competitors.",
    "Miro el alcance y el share of voice, también conocido como el número de conversaciones sobre la marca.",
])
def test_another_name_given_in_passing_counts_once(said: str) -> None:
    language = "es" if said.startswith("Miro") else "en"
    found = find_metrics(Reading.of(said, language))
    assert found.count == 2, found


def test_a_metric_named_after_a_called_thing_still_counts() -> None:
    # "called" about something other than the metric before it: the metric after it is one of its own.
    found = find_metrics(Reading.of("I watch reach in the report called Weekly, and engagement rate and CTR.", "en"))
    assert found.count == 3, found
