"""Metrics joined into one subject define together: what their verb of [defines] says is no metric of its own."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "I use Hootsuite and Buffer.\n\n"
_TIP = "\n\nListen to angry customers before you answer.\n"


@pytest.mark.parametrize("metrics", [
    "Reach and impressions are important metrics to measure brand awareness and indicate how many people are "
    "actually seeing your content.",
    "Likes and comments show how many people care about a post.",
    "Saves or shares show how many readers found the post worth keeping.",
])
def test_two_joined_metrics_and_their_definition_are_two(metrics: str) -> None:
    criterion = judge_rules(_TOOLS + metrics + _TIP, EvaluationSettings()).criteria["metrics"]
    assert len(criterion.evidence) == 2, criterion.evidence


def test_a_measure_of_the_speaker_after_them_still_counts() -> None:
    reply = _TOOLS + "Reach and impressions are what I watch, and how many people reply." + _TIP
    assert judge_rules(reply, EvaluationSettings()).criteria["metrics"].met
