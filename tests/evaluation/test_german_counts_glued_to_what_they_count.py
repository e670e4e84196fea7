"""Metrics as German writes them (issue 9 items 2 and 5): a count glued in one word to what it counts is a metric,
as "follower count" is in English: "Followeranzahl", "Klickzahlen", "Abonnentenzahl", an elided "Fan- und
Followeranzahl" (two). A word whose first part counts nothing the lists know ("Postleitzahl", "Geburtenrate") is
none."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize(("said", "count"), [
    ("Ich schaue jede Woche auf Likezahlen, Klickzahlen und Besucherzahlen.", 3),
    ("Wichtig sind mir Fan- und Followeranzahl sowie die Reichweite.", 3),
    ("Ich beobachte die Abonnentenzahl, die Kommentare und die Reichweite.", 3),
])
def test_a_count_glued_to_what_it_counts_is_a_metric(said: str, count: int, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(said, thresholds).criteria["metrics"]
    assert metrics.met and len(metrics.evidence) == count, metrics


def test_a_word_counting_nothing_the_lists_know_is_none(thresholds: EvaluationSettings) -> None:
    metrics = judge_rules("Die Postleitzahl, die Geburtenrate und die Mehrzahl der Leute.", thresholds)
    assert metrics.criteria["metrics"].evidence == (), metrics.criteria["metrics"]
