"""Wanting to know a number is watching it ("we are interested in knowing how many followers we have": negation.toml
[not_cues]), while being interested in a tool is not using it; tools offered to the reader as options ("Google
Sheets, Evernote, Todoist, whatever works for you": negation.toml [after]) are not the candidate's."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def test_interest_in_knowing_a_number_is_watching_it() -> None:
    text = "We are interested in knowing how many followers we have, our reach and our saves."
    assert find_metrics(Reading.of(text, "en")).count == 3


def test_interest_in_a_tool_is_still_no_use() -> None:
    assert find_tools(Reading.of("We are interested in Sprout Social and Brandwatch.", "en")).count == 0


@pytest.mark.parametrize("text", [
    "Google Sheets, Evernote, Todoist, whatever works for you.",
    "Try Buffer or Later, whatever suits you.",
])
def test_tools_offered_as_options_to_the_reader_are_not_the_candidates(text: str) -> None:
    assert find_tools(Reading.of(text, "en")).count == 0
