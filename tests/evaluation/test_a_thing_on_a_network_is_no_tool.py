"""A network's name followed by everyday words names a thing on the network ("a YouTube Video", "the Facebook
Group"), not a product, even when listed beside a known tool; a word about tools keeps it a tool."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nI watch reach, saves and click-through rate. Listen to angry customers before you answer.\n"


@pytest.mark.parametrize("tools", [
    "I get a ping whenever someone comments on a YouTube Video, or a Google Alert is generated.",
    "Every morning I go through Hootsuite and the Facebook Group.",
    "Our week runs on Canva, the Instagram Story and the LinkedIn Newsletter.",
])
def test_a_thing_on_a_network_is_no_second_tool(tools: str) -> None:
    criterion = judge_rules(tools + _REST, EvaluationSettings()).criteria["tools"]
    assert len(criterion.evidence) == 1, criterion.evidence


def test_a_tool_word_after_the_network_keeps_it_a_tool() -> None:
    criterion = judge_rules("I rely on Hootsuite, and the Reddit Mod Toolbox." + _REST,
                            EvaluationSettings()).criteria["tools"]
    assert criterion.met, criterion
