"""An analytics console is a kind of tool, as an analytics dashboard is (tool_types.txt)."""

from __future__ import annotations

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def test_my_analytics_console_is_an_analytics_tool() -> None:
    found = find_tools(Reading.of("I watch the results in my analytics console and post with Loomly.", "en"))
    assert found.count == 2, found
