"""Letting the angry person speak to the end is a way of handling them in every supported language (issue 9 item 3;
item 5: thinner lists leave complete replies to a person): "sin interrumpir", "sans l'interrompre", "deixe ...
desabafar", "ausreden lassen" tell what "don't interrupt" and "let them vent" tell in English, and "à froid" what
"en frío" tells (tips.toml [actions])."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_CASES = [
    ("1. Uso Hootsuite y Canva.\n\n2. Miro el alcance, la tasa de interacción y los seguidores.\n\n"
     "3. Cuando llama alguien furioso: sin interrumpir, hasta el final."),
    ("1. J'utilise Hootsuite et Canva.\n\n2. Je suis la portée, le taux d'engagement et les abonnés.\n\n"
     "3. Un client mécontent? Je laisse le client s'exprimer, sans l'interrompre."),
    ("1. Uso o Hootsuite e o Canva.\n\n2. Acompanho o alcance, a taxa de engajamento e os seguidores.\n\n"
     "3. Deixe o cliente desabafar, sem interromper."),
    ("1. Ich nutze Hootsuite und Canva.\n\n2. Ich messe die Reichweite, die Engagement-Rate und die Follower.\n\n"
     "3. Verärgerte Kunden immer ausreden lassen."),
]


@pytest.mark.parametrize("reply", _CASES)
def test_letting_them_speak_is_a_tip(reply: str) -> None:
    judgement = judge_rules(reply, EvaluationSettings())
    assert judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]
