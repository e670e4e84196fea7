"""Negation with scope, in every supported language (issue 9 item 4): a comma and a word of consequence open a clause
of their own that the denial before them does not reach, as English ", so" does ("Dicha tasa no está calculada de
manera automática, con lo cual ... debemos encontrar el alcance"). A denial inside the clause still cancels."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize("said", [
    "Esa tasa no está calculada de manera automática, con lo cual debemos encontrar el alcance, los comentarios y "
    "los guardados en cada publicación.",
    "Die Rate wird nicht automatisch berechnet, deshalb zähle ich Reichweite, Kommentare und Shares selbst.",
    "Je n'ai pas de tableau de bord automatique, donc je relève la portée, les commentaires et les partages.",
    "Não temos painel automático, por isso acompanho o alcance, os comentários e os compartilhamentos.",
])
def test_metrics_after_a_clause_of_consequence_stand(said: str, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(said, thresholds).criteria["metrics"]
    assert metrics.met, metrics


@pytest.mark.parametrize("said", [
    "No miro el alcance, los me gusta ni los comentarios.",
    "Ich schaue nicht auf Reichweite, Kommentare oder Shares.",
])
def test_a_denial_inside_the_clause_still_cancels(said: str, thresholds: EvaluationSettings) -> None:
    assert not judge_rules(said, thresholds).criteria["metrics"].met
