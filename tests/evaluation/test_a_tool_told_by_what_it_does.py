"""A tool with no brand, told by the work it does for the candidate, is a described tool type (tools._told_by_its_work):
"we use proprietary software that allows us to monitor the stream" is a monitoring tool, "an app that lets me schedule
stories" a scheduling tool, as "a social listening tool" is one. The same kind named twice is one tool, so is a
brand and what it is said to be ("Hootsuite, a dashboard platform that allows you to schedule"), and a noun
that only looks like a tool's ("our software team will monitor the servers") is none."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _count(text: str) -> int:
    return find_tools(Reading.of(text, "en"), answered=(), enough=2).count


@pytest.mark.parametrize("text", [
    "Hi,\n\nWe use proprietary software that allows us to monitor the stream. I post with Buffer.\n\nThanks",
    "Hi,\n\nThe bank uses software to help monitor social media, and I post with Buffer.\n\nThanks",
    "Hi,\n\nI post with Buffer, plus an app that lets me schedule Instagram stories.\n\nThanks",
    "Hi,\n\nI post with Buffer, and we rely on tools that track every mention.\n\nThanks",
])
def test_a_tool_told_by_its_work_is_a_second_tool(text: str) -> None:
    assert _count(text) == 2


@pytest.mark.parametrize("text", [
    "Hi,\n\nOur software team will monitor the servers. I post with Buffer.\n\nThanks",
    "Hi,\n\nI post with a scheduling tool that helps me schedule posts.\n\nThanks",
    "Hi,\n\nI use Hootsuite, a dashboard platform that allows you to schedule postings.\n\nThanks",
])
def test_no_tool_or_the_same_kind_again_adds_none(text: str) -> None:
    assert _count(text) == 1
