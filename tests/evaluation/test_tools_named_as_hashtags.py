"""Tools written as hashtags (issue 9 item 1). A listed product's name written as a hashtag with its spaces dropped
is that product ("#sproutsocial", "#googleanalytics"); a network's hashtag stays a channel ("#instagram").
"""

from __future__ import annotations

import pytest

from tests.evaluation.test_offline import evaluate


@pytest.mark.parametrize(("name", "tools", "verdict"), [
    ("tools_named_as_hashtags.eml", ["sproutsocial", "#googleanalytics"], "pass"),
    ("tools_a_network_as_a_hashtag.eml", ["canva"], "fail"),
])
def test_tools_named_as_hashtags(name: str, tools: list[str], verdict: str) -> None:
    result = evaluate(name)
    assert result["criteria"]["tools"]["evidence"] == tools, result["criteria"]["tools"]
    assert result["verdict"] == verdict
