"""A capitalised name no word list has seen ("Podtrac", "Timery": below 1.0 on wordfreq's Zipf scale) joined in one
list to a tool the lists know is a product too, with no word about tools in the sentence (tool_names._unheard_of,
read in _listed_beside). A capitalised everyday word there still needs such a word."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("text", "name"), [
    ("Last month I compared our subscriber numbers across both Squarespace and Quillotrac.", "Quillotrac"),
    ("This year's best additions are Toggl, Zentimo and a paper notebook.", "Zentimo"),
])
def test_an_unheard_of_name_beside_a_known_tool_is_a_tool(text: str, name: str) -> None:
    found = find_tools(Reading.of(text, "en"), (), enough=2)
    assert name in found.evidence, found


def test_an_everyday_capitalised_word_beside_it_is_not() -> None:
    found = find_tools(Reading.of("This year's best additions are Toggl, Patience and a paper notebook.", "en"), (),
                       enough=2)
    assert found.evidence == ("Toggl",), found


def test_a_rare_first_name_the_large_lists_know_is_not() -> None:
    # "Siobhan" is missing from the small word list but in the large one: a person's name is possible.
    found = find_tools(Reading.of("This year's best additions are Toggl, Siobhan and a paper notebook.", "en"), (),
                       enough=2)
    assert found.evidence == ("Toggl",), found
