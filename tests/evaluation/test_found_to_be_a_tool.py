"""A name the candidate has found to be a tool is one they use: "I have found Whozon to be a useful tool personally"
tells of their own use, as "Whozon is my go-to tool" does (tool_frames.toml [after]: "to be a ... tool", "... app",
"... platform", "... plugin", "... bot", "... resource"). Not found to be one, it stays no tool; another person's
finding stays theirs."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("said", [
    "I have found Whozon to be a useful tool personally, because it kept me aware of new arrivals.",
    "We have found Zorblax to be an invaluable app for the weekly digest.",
    "I found Kurrently to be a handy resource for keeping up with mentions.",
])
def test_found_to_be_a_tool_is_used(said: str) -> None:
    found = find_tools(Reading.of(said + " I also use Hootsuite.", "en"))
    assert found.count == 2


def test_never_found_to_be_one_is_no_tool() -> None:
    found = find_tools(Reading.of("I never found Whozon to be a useful tool. I use Hootsuite.", "en"))
    assert found.count == 1


def test_her_finding_is_hers() -> None:
    found = find_tools(Reading.of("She has found Whozon to be a useful tool. I use Hootsuite.", "en"))
    assert found.count == 1
