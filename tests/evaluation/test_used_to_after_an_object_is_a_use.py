""""used to" right after a noun phrase that a verb before it takes as its object is that thing's use, no past habit:
"The Ruby code ... contains the exact SQL query used to generate the report, and can easily be adapted for use with
the Data Explorer plugin and the Discourse API" denies neither tool (bot/evaluation/negation.py,
`_a_participle_after_an_object`). A noun phrase opening its clause is the subject of a past habit ("The team used to
schedule everything in Hootsuite", "1. My old agency used to ..."), and so is a pronoun before "used"."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _tools(text: str) -> set[str]:
    return {e.lower() for e in find_tools(Reading.of(text, "en")).evidence}


def test_used_to_after_an_object_denies_nothing() -> None:
    assert _tools("Tools: The Ruby code for some reports contains the exact SQL query used to generate the report, "
                  "and can easily be adapted for use with the Data Explorer plugin and the Discourse API.") == {
        "data explorer", "discourse"}


@pytest.mark.parametrize("said", [
    "Tools: The team used to schedule everything in Hootsuite. Now I use Buffer and Canva.",
    "1. My old agency used to do it all in Hootsuite. Now I use Buffer and Canva.",
    "Tools: Our agency dropped the tool we used to love, Hootsuite, for Buffer and Canva.",
])
def test_a_subjects_past_habit_is_still_past(said: str) -> None:
    assert "hootsuite" not in _tools(said)
