""""At my first ..." sets a tool in the past only when it names the first place or time of a career ("At my first
agency job we did it all in Hootsuite", "In my first year I scheduled in Buffer"); the first sight of the tool itself
("I remember staring at my first Instagram Insights screen back in 2016") tells when its use began, not that it
ended (negation.toml: "at my first ... job", "in my first ... year", and the like, in place of bare "at my first")."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def test_the_first_sight_of_the_tool_is_no_past_use() -> None:
    text = "I remember staring at my first Instagram Insights screen back in 2016. We also use Canva."
    assert find_tools(Reading.of(text, "en")).count == 2


@pytest.mark.parametrize("past", ["At my first agency job we did it all in Hootsuite.",
                                  "At my first job we did it all in Hootsuite.",
                                  "In my first year I scheduled everything in Buffer.",
                                  "In my first role we did it all in Hootsuite."])
def test_the_first_job_is_still_the_past(past: str) -> None:
    assert find_tools(Reading.of(past + " Now we use Canva.", "en")).count == 1
