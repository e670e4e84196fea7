"""A network's own feature, used in place, is a tool of that network (tools.py): work said to be scheduled, planned
or measured "within Facebook itself" or "natively in Instagram" is done with the network's own scheduler or
analytics, as "Facebook's native scheduler" names it; an address of a network's own tool ("analytics.twitter.com",
"studio.youtube.com") names that tool. Posting on a network, or the network named with "itself" and no such work,
is a channel, not a tool."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

REST = "\n\nI watch reach, saves and CTR every week.\n\nTip: stay calm and apologise to the angry customer first."


@pytest.mark.parametrize("tools", [
    "I use Hootsuite for tweets. I tend to schedule Facebook posts within Facebook itself, as several people need "
    "to see them.",
    "Hootsuite runs our Twitter queue; our Instagram posts we plan natively in Instagram.",
    "I schedule with Hootsuite, and I check the numbers directly in TikTok's own dashboard.",
    "We schedule in Hootsuite and use the analytics provided by the services, eg. https://analytics.twitter.com",
    "Hootsuite for scheduling, and studio.youtube.com for the channel's numbers.",
])
def test_a_networks_own_feature_used_in_place_is_a_second_tool(tools: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules("Hi,\n\n" + tools + REST, thresholds)
    assert judgement.criteria["tools"].met, judgement.criteria["tools"]


@pytest.mark.parametrize("tools", [
    "I use Hootsuite, and I post directly on Instagram.",
    "I use Hootsuite. Facebook itself is where our members talk.",
    "I use Hootsuite and read the news on twitter.com every morning.",
    "I use Hootsuite; some people prefer to schedule within Facebook itself.",
    "I use Hootsuite. We stopped scheduling within Facebook itself last year.",
])
def test_a_channel_posted_on_or_named_is_no_second_tool(tools: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules("Hi,\n\n" + tools + REST, thresholds)
    assert not judgement.criteria["tools"].met, judgement.criteria["tools"]
