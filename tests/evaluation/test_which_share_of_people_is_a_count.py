"""A count phrase after an interrogative "which" or "who" asks for the count: "which percentage of the readers takes
action?" measures, though "which" may also be a subject before a verb in "s" ("which leaves room"). Only a mention's
first word can be that verb."""

from __future__ import annotations

import pytest

from bot.evaluation.language import detect_language
from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def _metrics(text: str) -> list[str]:
    return list(find_metrics(Reading.of(text, detect_language(text))).evidence)


@pytest.mark.parametrize(("text", "said"), [
    ("I ask how many people signed up and which percentage of the readers takes action.", "percentage of the readers"),
    ("I watch reach, and which share of the members comes back.", "share of the members comes back"),
])
def test_a_count_after_an_interrogative_which_counts(text: str, said: str) -> None:
    assert said in _metrics(text)


@pytest.mark.parametrize("text", [
    "She likes the idea, which leaves room for more.",
    "It is a rule everyone shares with the team.",
])
def test_a_verb_after_its_subject_is_still_no_metric(text: str) -> None:
    assert _metrics(text) == []
