"""A network's own analytics of one kind of page or post (issue 9 item 1, class 'native platform features'):
"LinkedIn's own page analytics", "Instagram's native story insights" are the network's tools, one each; posting
stories and reels on a network stays a channel.
"""

from __future__ import annotations

import pytest

from tests.evaluation.test_offline import evaluate


@pytest.mark.parametrize(("name", "tools", "verdict"), [
    ("tools_a_networks_page_analytics.eml",
     ["LinkedIn's own page analytics", "Instagram's native story insights", "Canva"], "pass"),
    ("tools_a_networks_stories_are_posts.eml", ["Canva"], "fail"),
])
def test_a_networks_page_analytics(name: str, tools: list[str], verdict: str) -> None:
    result = evaluate(name)
    assert result["criteria"]["tools"]["evidence"] == tools, result["criteria"]["tools"]
    assert result["verdict"] == verdict
