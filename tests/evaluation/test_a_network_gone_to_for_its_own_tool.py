"""Going "directly to" a network to do a tool's work there is using its own tool ("I go directly to Facebook to
schedule posts": its scheduler), as "I schedule posts directly in Facebook" was; the work is read as the purpose after
the network. Posting there is using it as a channel, and work done before sending something "directly to" it was
done elsewhere (bot/evaluation/tools.py, `_used_in_place`)."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools

_AFTER = "\n\nI watch reach, CTR and engagement rate.\n\nWhen they are upset, listen and apologise."


@pytest.mark.parametrize("said", [
    "There are times when I go directly to Facebook to schedule posts. Hootsuite does the rest.",
    "I head straight to Hootsuite for most posts, but I go directly to Instagram to track the numbers.",
])
def test_gone_directly_to_a_network_for_a_tools_work(said: str) -> None:
    assert find_tools(Reading.of(said + _AFTER, "en")).count == 2


@pytest.mark.parametrize("said", [
    "I post directly to Instagram to reach people. Hootsuite does the rest.",
    "I schedule posts in Hootsuite and send them directly to Facebook.",
])
def test_posting_there_or_work_done_before_is_no_tool_of_the_network(said: str) -> None:
    assert find_tools(Reading.of(said + _AFTER, "en")).count == 1
