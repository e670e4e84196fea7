"""What the reply weighs below another metric is set aside, like what it does "instead of" (negation.toml [phrase]):
"this says far more than follower counts" names follower counts only to put them second."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Finding, Reading


def metrics_of(text: str, language: str = "en") -> Finding:
    return find_metrics(Reading.of(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("I watch CSAT and churn. That is far more important than follower counts.", "en"),
    ("Sentiment tells me more than likes do, and I watch churn.", "en"),
    ("Miro el CSAT y la retención, que son más importantes que los seguidores.", "es"),
    ("Ich messe CSAT und die Bindungsrate, das ist wichtiger als Follower.", "de"),
])
def test_a_metric_weighed_below_another_is_not_watched(text: str, language: str) -> None:
    found = metrics_of(text, language)
    assert found.count == 2, found


def test_the_metrics_weighed_above_still_count() -> None:
    found = metrics_of("CSAT, churn and sentiment are more important than likes.")
    assert found.evidence == ("CSAT", "churn", "sentiment"), found
