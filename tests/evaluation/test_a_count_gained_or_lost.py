"""What a count gains or loses is a metric, as its gains are (metric_frames.toml [measures], _COUNT_HEADS):
"Subscriber gain/loss is another signal I don't ignore", "member loss", "follower gain". Like "numbers" and "stats",
"gain" and "loss" name a metric only after who is counted or a counted action: "weight loss" and "we gain trust" name
none. A signal not ignored is one watched, as a denied dislike is liking: "I never ignore reach, CTR or saves"
(metrics.toml [cues], negation.toml [not_cues])."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def _count(text: str) -> int:
    return find_metrics(Reading.of(text, "en"), doubt_below=3).count


@pytest.mark.parametrize("text", [
    "Subscriber gain/loss is another signal I don't ignore. I also watch CTR and reach.",
    "I watch member loss each month, along with CTR and reach.",
    "Follower gain, CTR and reach are what I report on.",
    "I never ignore reach, CTR or saves.",
    "I don't ignore reach, CTR or saves.",
])
def test_a_count_gained_or_lost_is_a_metric(text: str) -> None:
    assert _count(text) == 3


@pytest.mark.parametrize("text", [
    "I watch CTR and reach, and my weight loss is my own business.",
    "I watch CTR and reach, and we gain trust every week.",
])
def test_gain_or_loss_of_no_count_is_none(text: str) -> None:
    assert _count(text) == 2
