""""Like" before a figure hedges it: "something like 4,500 Twitter followers", "I have like 500 members" say about how
many, and name no likes (metric_frames.toml [figure_hedges]). A figure of likes still counts."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Tools: Hootsuite and Trello.\n\n"
_TIP = "\n\nTip: listen to angry customers and apologise."


@pytest.mark.parametrize("said", ["I have something like 4,500 Twitter followers and I watch reach.",
                                  "We have like 500 members now, and I watch reach."])
def test_like_before_a_figure_names_no_likes(said: str) -> None:
    metrics = judge_rules(_TOOLS + said + _TIP, EvaluationSettings()).criteria["metrics"]
    assert not any(e.lower().startswith("like ") for e in metrics.evidence), metrics
    assert not metrics.met, metrics


def test_a_figure_of_likes_still_counts() -> None:
    metrics = judge_rules(_TOOLS + "Our posts got 4,500 likes and 300 shares, and I watch reach." + _TIP,
                          EvaluationSettings()).criteria["metrics"]
    assert metrics.met, metrics
