"""Mild dislike is no denial of use (negation.toml [soft_before]): "I'm not a fan of Hootsuite, but I use it every
day" names a tool the candidate uses; "I'm not a fan of Hootsuite." on its own says nothing of use and does not
count. Hatred stays a hard denial ("I can't stand Hootsuite")."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Finding, Reading
from bot.evaluation.tools import find_tools


def tools_of(text: str) -> Finding:
    return find_tools(Reading.of(text, "en"))


@pytest.mark.parametrize("text", [
    "I'm not a fan of Hootsuite, but I use it every day along with Canva.",
    "We use Canva. I am not a big fan of Buffer, though we still use it for scheduling.",
])
def test_a_tool_disliked_and_used_counts(text: str) -> None:
    assert tools_of(text).count == 2


@pytest.mark.parametrize("text", [
    "I'm not a fan of Hootsuite. We use Canva.",
    "I can't stand Hootsuite, although I use it every day. We use Canva.",
])
def test_a_tool_only_disliked_does_not(text: str) -> None:
    assert tools_of(text).count == 1
