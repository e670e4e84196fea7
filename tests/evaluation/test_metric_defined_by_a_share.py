"""A metric defined under its label by a share or a ratio (issue 9 item 2, "synonyms still count once"):
"Tasa de engagement: porcentaje de interacciones (likes, comentarios, compartidos) sobre el total de
seguidores" names one metric and what it is made of, not four more. With only two metrics named, the reply
does not pass."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_the_parts_of_a_defined_rate_are_not_more_metrics(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_a_rate_defined_by_its_parts"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("Alcance", "Tasa de engagement")
    assert judgement.verdict != Verdict.PASS


def test_a_third_metric_beside_the_definitions_passes(thresholds: EvaluationSettings) -> None:
    text = reply("metrics_a_rate_defined_by_its_parts").replace(
        "Alcance:", "Tiempo de respuesta: lo rápido que contestamos.\nAlcance:")
    judgement = judge_rules(text, thresholds)
    assert judgement.criteria["metrics"].evidence == ("Tiempo de respuesta", "Alcance", "Tasa de engagement")
