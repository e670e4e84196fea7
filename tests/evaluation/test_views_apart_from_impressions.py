"""Views (plays or openings of a video, a post or a page) and impressions (times a post was shown) are two metrics:
every network's analytics reports them apart, and "reach and impressions ... video views" names three things watched
(bot/lexicons/metrics.toml, [views] beside [impressions]). Names of one of them still count once."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "I use Hootsuite and Canva every day."
_TIP = "When a customer is angry, listen first and apologise."


def _metrics(said: str) -> tuple[bool, int]:
    judgement = judge_rules(f"Hi,\n\n{_TOOLS}\n\n{said}\n\n{_TIP}\n\nThanks", EvaluationSettings())
    metrics = judgement.criteria["metrics"]
    return metrics.met, len(metrics.evidence)


@pytest.mark.parametrize("said", [
    "Metrics: Reach and impressions, which tell how far a post went. Video views, which reflect when it is played.",
    "I watch impressions, video views and the click-through rate.",
    "Every month I report impressions, page views and new followers.",
    "We track how many people viewed each clip, our impressions and the reach of each post.",
])
def test_views_and_impressions_are_two_metrics(said: str) -> None:
    assert _metrics(said) == (True, 3)


@pytest.mark.parametrize("said", [
    "I watch impressions and views and nothing else.",
    "I watch video views, page views and plays.",
])
def test_names_of_one_of_them_count_once(said: str) -> None:
    assert _metrics(said)[0] is False
