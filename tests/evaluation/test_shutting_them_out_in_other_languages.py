"""Shutting the upset person out is anti advice in Spanish, German, French and Portuguese too (issue 9 item 4):
"si alguien está molestando o es grosero, simplemente puedes dejar de seguirlo o incluso bloquearlo" is no tip, as
"just block them" is none in English. Good advice beside it still counts."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ES = ("Uso Hootsuite y Canva a diario.\n\nMido el alcance, la tasa de interacción y los clics.\n\n")


@pytest.mark.parametrize("tip", [
    "Si alguien está molestando o es grosero, simplemente puedes dejar de seguirlo o incluso bloquearlo.",
    "Cuando un cliente está enojado, bloquéalo y sigue con tu día.",
])
def test_blocking_the_person_is_no_tip(tip: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(_ES + tip, thresholds)
    assert not judgement.criteria["angry_customer_tip"].met, judgement
    assert judgement.verdict.value != "pass"


def test_listening_beside_it_still_counts(thresholds: EvaluationSettings) -> None:
    tip = "Cuando un cliente está enojado, escúchalo con calma y pide disculpas por el problema."
    assert judge_rules(_ES + tip, thresholds).criteria["angry_customer_tip"].met
