"""A posting tool is a scheduling tool, as a publishing tool is (tool_types.txt): one tool type, counted once with
the scheduling tools."""

from __future__ import annotations

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def test_a_posting_tool_is_a_tool() -> None:
    found = find_tools(Reading.of("We design in Canva and use a posting tool when we post to several sites a day.",
                                  "en"))
    assert found.count == 2, found


def test_a_posting_tool_and_a_scheduling_tool_are_one_kind() -> None:
    found = find_tools(Reading.of("We use a posting tool, a scheduling tool and Canva.", "en"))
    assert found.count == 2, found
