"""Calming oneself before answering is a way of handling an angry person in every language, as "Calm down. Never answer
in the heat of the moment." is in English (tips.toml [actions]: "calmez-vous", "ne jamais répondre à chaud",
"cálmate", "nunca respondas en caliente", "beruhige dich", "nie im Affekt", "acalme-se", "de cabeça fria")."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REPLIES = {
    "fr": "Outils : Agorapulse et Canva.\nIndicateurs : portée, taux d'engagement et nombre d'abonnés.\n"
          "Conseil : calmez-vous d'abord, marchez un peu, et ne jamais répondre à chaud.",
    "es": "Herramientas: Metricool y Canva.\nMétricas: alcance, tasa de interacción y crecimiento de seguidores.\n"
          "Consejo: cálmate primero, da un paseo y nunca respondas en caliente.",
    "de": "Tools: Hootsuite und Canva.\nKennzahlen: Reichweite, Interaktionsrate und Follower-Wachstum.\n"
          "Tipp: beruhige dich erst, geh kurz raus und schreib nie im Affekt.",
    "pt": "Ferramentas: mLabs e Canva.\nMétricas: alcance, taxa de engajamento e crescimento de seguidores.\n"
          "Dica: acalme-se primeiro, dê uma volta e escreva só de cabeça fria.",
}


@pytest.mark.parametrize("language", sorted(_REPLIES))
def test_calming_oneself_under_the_tip_label_is_a_tip(language: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(_REPLIES[language], thresholds)
    assert judgement.language == language
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS
