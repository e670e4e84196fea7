"""A sentence that opens with a metric right after a sentence about metrics in the same paragraph goes on with that
list, though it names no cue of its own: "We look at post count and active user count. % of messages that got a
reply". In a paragraph of its own, or after a sentence about something else, a count of people at a party is still
no metric."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Hi,\n\nI use Buffer and Canva.\n\n"
_TIP = "\n\nAngry customers: listen first and apologise.\n\nThanks"


def _metrics(paragraphs: str) -> tuple[str, ...]:
    return judge_rules(_TOOLS + paragraphs + _TIP, EvaluationSettings()).criteria["metrics"].evidence


@pytest.mark.parametrize("follow_up", [
    "% of messages that got a reply",
    "Percentage of comments that received an answer.",
    "- Number of threads opened by newcomers",
])
def test_a_metric_opening_the_next_sentence_counts(follow_up: str) -> None:
    found = _metrics(f"We look at post count and active user count. {follow_up}")
    assert len(found) == 3, found


def test_a_count_in_a_paragraph_of_its_own_needs_its_own_cue() -> None:
    found = _metrics("We look at post count and active user count.\n\nThe number of people who came to my party was "
                     "huge.")
    assert len(found) == 2, found
