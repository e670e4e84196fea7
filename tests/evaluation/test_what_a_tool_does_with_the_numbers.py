"""A name said to track, monitor or measure is a tool doing a tool's work: "Crowdbabble tracks the following three
Twitter metrics" (tool_frames.toml [after]: "tracks", "monitors", "measures", "keeps track of"). A person's name
stays a person's: "Anna tracks our metrics every week" names no tool."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("said", ["Crowdbabble tracks the following three Twitter metrics.",
                                  "Zorblax monitors every mention of the brand.",
                                  "Kurrently keeps track of the hashtags we care about."])
def test_a_name_doing_a_tools_work_is_a_tool(said: str) -> None:
    assert find_tools(Reading.of(said + " I schedule with Hootsuite.", "en")).count == 2


@pytest.mark.parametrize("said", ["Anna tracks our metrics every week.", "Sarah monitors the inbox."])
def test_a_person_doing_it_is_no_tool(said: str) -> None:
    assert find_tools(Reading.of(said + " I schedule with Hootsuite.", "en")).count == 1
