"""Pausing before the answer is a handling action in every judged language, as "breathe" and "before you respond"
are in English (tips.toml [actions]): "no respondas impulsivamente ... respira, tómate un minuto", "tief
durchatmen, bevor Sie antworten", "ne répondez pas à chaud", "respire, não responda por impulso"."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.rules import judge_rules
from bot.evaluation.tips import find_tip
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_a_spanish_tip_to_pause_before_answering_is_the_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_pausing_before_the_answer_in_spanish"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met, judgement


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Wenn ein Kunde wütend ist: tief durchatmen, bevor Sie antworten."),
    ("fr", "Quand un client est en colère, ne répondez pas à chaud."),
    ("pt", "Quando o cliente está irritado, respire e não responda por impulso."),
])
def test_pausing_before_the_answer_beside_anger_is_a_tip(language: str, text: str) -> None:
    assert find_tip(Reading.of(text, language)).count >= 1
