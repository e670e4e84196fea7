"""An action word of another language counts only as that language spells it whole: French "relis*" (reread) is no
action in English "angry fans can relish the chance" (bot/evaluation/advice.py `spelt_in_its_language`, as
tips.py reads its action words)."""

from __future__ import annotations

from bot.evaluation.advice import spelt_in_its_language
from bot.evaluation.lexicon import lexicons
from bot.evaluation.reading import Reading
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

TIP = "angry_customer_tip"


def _actions(text: str, language: str) -> list[str]:
    reading = Reading.of(text, language)
    found = [h for h in lexicons().tip_actions.find(reading.prepared) if spelt_in_its_language(reading, h)]
    return [reading.text[h.start : h.end].lower() for h in found]


def test_an_english_word_a_french_prefix_matches_is_no_action() -> None:
    text = "Social media brings out the worst in some people, and angry fans can relish the chance to complain."
    reading = Reading.of(text, "en")
    assert any(reading.text[h.start : h.end] == "relish" for h in lexicons().tip_actions.find(reading.prepared))
    assert "relish" not in _actions(text, "en")


def test_english_actions_and_the_replys_own_language_stay() -> None:
    assert "listen" in _actions("Listen first, then apologise.", "en")
    assert "relisez" in _actions("Relisez le message du client avant de répondre.", "fr")


def test_the_french_action_still_counts_in_french(thresholds: EvaluationSettings) -> None:
    text = ("Bonjour,\n\nJ'utilise Hootsuite et Canva tous les jours. Je suis la portée, l'engagement et le temps de "
            "réponse.\n\nConseil : relisez le message du client en colère avant de répondre, et restez courtois.\n")
    judgement = judge_rules(text, thresholds)
    assert judgement.criteria[TIP].met, judgement
