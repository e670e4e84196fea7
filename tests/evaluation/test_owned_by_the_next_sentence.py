"""Whose evidence, named by the next sentence (issue 9): a list with no subject whose next sentence in
the paragraph points back at it and names its owner ("Emplifi and Khoros? Running those is my
colleague's job.", "Both are what the agency watches.") is theirs; the candidate taking it up there
("..., but I use them daily"), a new paragraph, or a sentence about the candidate leaves it."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("text", "count"), [
    ("Emplifi and Khoros? Running those is my colleague's job.", 0),
    ("Emplifi and Khoros. Both are what the agency works in.", 0),
    ("Emplifi and Khoros. Both are my supervisor's, but I use them daily.", 2),
    ("Emplifi and Khoros.\n\nThose are my colleague's job.", 2),
    ("Emplifi and Khoros. They are my favourite tools.", 2),
])
def test_tools_owned_by_the_next_sentence(text: str, count: int) -> None:
    assert find_tools(Reading.of(text, "en")).count == count


def test_metrics_owned_by_the_next_sentence() -> None:
    text = "Churn, CSAT and share of voice? Reporting those is the analyst's job."
    assert find_metrics(Reading.of(text, "en")).count == 0
    mine = "I report churn, CSAT and share of voice. Doing that is my job, not the analyst's."
    assert find_metrics(Reading.of(mine, "en")).count == 3
