"""Churn is retention's mirror, not its synonym (bot/lexicons/metrics.toml [churn]): who leaves and who stays are
two numbers a grader counts apart, however each is phrased. Synonyms of either still count once."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Finding, Reading


def metrics_of(text: str, language: str = "en") -> Finding:
    return find_metrics(Reading.of(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("Every month I look at retention, churn and reach.", "en"),
    ("Retention tells me who stays. Churn tells me who drops off. Impressions tell me how often we were seen.", "en"),
    ("I track how many members come back, how many unsubscribe, and how many click.", "en"),
    ("Miro la retención, la tasa de abandono y el alcance.", "es"),
    ("Ich beobachte die Bindungsrate, die Abwanderungsrate und die Reichweite.", "de"),
    ("Je suis la rétention, le taux d'attrition et la portée.", "fr"),
])
def test_who_stays_and_who_leaves_are_two_metrics(text: str, language: str) -> None:
    found = metrics_of(text, language)
    assert found.count == 3, found


@pytest.mark.parametrize("text", [
    "I watch churn, also called attrition, and reach.",
    "I watch churn (the churn rate) and reach.",
    "I watch retention, the retention rate and reach.",
])
def test_names_of_one_of_them_still_count_once(text: str) -> None:
    found = metrics_of(text)
    assert found.count == 2, found
