"""In a language whose lists are thinner (es, de, fr, pt), one tool named and nothing more leaves the second clearly
missing unless the reply names the topic beyond what was found. A topic word behind a singular pointer ("esta
herramienta", "cet outil", "dieses Tool") names the tool found, no more: the reply fails
(bot/evaluation/taken_up.py, `_points_back`). "Hootsuite y otras herramientas" still goes to a person. And a block
of its own that names only networks answers with channels, words the lists know (bot/evaluation/rules.py,
`_block_of_its_own`)."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = {
    "es": ("\n\nMiro el alcance, el CTR y el número de seguidores.\n\n"
           "Con un cliente enfadado, escucha y pide disculpas.\n"),
    "fr": ("\n\nJe suis la portée, le CTR et le nombre d'abonnés.\n\n"
           "Avec un client en colère, écoutez et excusez-vous.\n"),
}


@pytest.mark.parametrize(("language", "tools"), [
    ("es", "Trabajo con Metricool. Esta herramienta me ahorra horas cada semana."),
    ("fr", "Je travaille avec Metricool. Cet outil me fait gagner des heures chaque semaine."),
])
def test_the_one_tool_pointed_back_at_is_all_there_is(language: str, tools: str) -> None:
    assert judge_rules(tools + _REST[language], EvaluationSettings()).verdict.value == "fail"


def test_other_tools_beside_the_one_found_go_to_a_person() -> None:
    text = "Trabajo con Metricool y otras herramientas que me ahorran horas cada semana." + _REST["es"]
    assert judge_rules(text, EvaluationSettings()).verdict.value == "needs_review"


def test_a_block_of_its_own_naming_only_networks_answers_with_channels() -> None:
    text = ("Bonjour,\n\nAu quotidien nous travaillons avec Facebook, Instagram et LinkedIn, où nous publions chaque "
            "jour.\n\nJe suis la portée, le taux d'engagement et le nombre d'abonnés.\n\nFace à un client en colère, "
            "restez calme et écoutez-le jusqu'au bout.\n")
    assert judge_rules(text, EvaluationSettings()).verdict.value == "fail"


def test_a_topic_word_inside_the_one_tool_found_names_no_more() -> None:
    text = "J'utilise des outils d'analyse pour suivre nos pages chaque semaine." + _REST["fr"]
    assert judge_rules(text, EvaluationSettings()).verdict.value == "fail"
