"""A feed reader is a kind of tool (issue 9 item 1; DESIGN.md: "a clearly described tool type"): "I scan my RSS
reader for brand mentions", "un lecteur RSS" count as one tool, as "a social listening tool" does; RSS feeds
themselves are no tool."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize("said", [
    "I schedule in Hootsuite. Every morning I scan my RSS reader for back links and brand mentions.",
    "I schedule in Hootsuite, and a feed reader keeps me on top of the news in our niche.",
])
def test_a_feed_reader_is_a_tool(said: str, thresholds: EvaluationSettings) -> None:
    tools = judge_rules(said, thresholds).criteria["tools"]
    assert tools.met and len(tools.evidence) == 2, tools


def test_rss_feeds_are_no_tool(thresholds: EvaluationSettings) -> None:
    tools = judge_rules("I schedule in Hootsuite and follow a dozen RSS feeds.", thresholds).criteria["tools"]
    assert tools.evidence == ("Hootsuite",), tools
