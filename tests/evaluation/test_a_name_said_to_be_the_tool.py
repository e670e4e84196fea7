"""A name the sentence says its tool is counts as a tool: after a subject that is a tool, however long ("The best tool
I've found to easily track your follower count is Zorblax Counter"), and before "is a ... tool" with its
abbreviation in brackets between ("Quill Enhancement Suite (QES) is a powerful tool")."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("sentence", [
    "The best tool I've found to easily track your Twitter follower count is Zorblax Counter.",
    "My favourite app for planning a whole month of posts has been Quillboard.",
    "Quill Enhancement Suite (QES) is a powerful tool with many options.",
])
def test_the_name_is_a_second_tool(sentence: str) -> None:
    found = find_tools(Reading.of(f"I schedule everything in Hootsuite. {sentence}", "en"), (), enough=2)
    assert found.count == 2, found


@pytest.mark.parametrize("sentence", [
    "The best tool for a bad day is patience.",
    "The best tool for that is Sarah, our designer.",
    "Theme app is not something I know.",
])
def test_no_name_or_a_person_is_no_tool(sentence: str) -> None:
    found = find_tools(Reading.of(f"I schedule everything in Hootsuite. {sentence}", "en"), (), enough=2)
    assert found.count == 1, found

