"""Negation with scope (issue 9 item 4): a colon followed by a new subject or a turn to what is watched instead opens
a clause the denial before it does not reach: "don't obsess over likes: focus on clicks, reach and conversions"
watches three metrics. A colon opening the denied list itself ("What I don't track: likes, follows and impressions")
keeps the denial."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "I schedule in Hootsuite and design in Canva.\n\n"


@pytest.mark.parametrize("said", [
    "If you sell products, don't obsess over likes: focus on clicks, reach and conversions.",
    "Si vendes productos, no te obsesiones con los likes: enfócate en clics, alcance y conversiones.",
    "Follower counts don't tell me much: I track saves, shares and replies.",
])
def test_metrics_after_the_colon_stand(said: str, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + said, thresholds).criteria["metrics"]
    assert metrics.met, metrics


def test_a_colon_opening_the_denied_list_keeps_the_denial(thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + "What I don't track: likes, follows and impressions.", thresholds)
    assert metrics.criteria["metrics"].evidence == (), metrics.criteria["metrics"]
