""""In-built" and "inbuilt" are spellings of "built-in": "check the in-built insights reports for each platform" names
the networks' own analytics, a tool, as "built-in analytics" does (tool_types.txt; tools._network_regexes)."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _tools(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en"), (), enough=2).evidence


@pytest.mark.parametrize("own", ["the in-built insights reports for each platform", "the inbuilt analytics",
                                 "Instagram's in-built analytics", "Instagram's inbuilt insights"])
def test_the_networks_in_built_analytics_are_a_tool(own: str) -> None:
    assert len(_tools(f"Every morning I check {own}, and I schedule everything in Hootsuite.")) == 2


def test_an_in_built_thing_that_is_no_analytics_is_no_tool() -> None:
    assert _tools("Our office has an in-built kitchen, and I schedule everything in Hootsuite.") == ("Hootsuite",)
