"""Anger words in every supported language, and quotes of either shape (issue 9 item 4)."""

from __future__ import annotations

import pytest

from bot.evaluation.lexicon import lexicons
from bot.evaluation.patterns import Prepared
from bot.evaluation.reading import Reading
from bot.evaluation.rules import judge_rules
from bot.evaluation.tips import find_tip
from bot.settings import EvaluationSettings


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "When a customer is agitated, I listen first and apologise."),
    ("en", "If someone is steamed about a late order, I acknowledge it and move the chat to DMs."),
    ("en", "With critics in the comments I stay calm and answer once in public."),
    ("en", "A frustrating experience deserves an apology: I apologise and offer a fix."),
    ("en", "An irate member gets a private message: I thank them and give a clear next step."),
    ("es", "Cuando un cliente está agitado, lo escucho y le pido disculpas."),
    ("es", "Con los críticos mantengo la calma y respondo por privado."),
    ("de", "Wenn ein Kunde aufgeregt ist, bleibe ich ruhig und entschuldige mich."),
    ("de", "Bei Kritikern bleibe ich sachlich und biete eine Lösung an."),
    ("fr", "Quand un client est agité, je l'écoute et je m'excuse."),
    ("fr", "Face aux détracteurs, je reste calme et je propose une solution."),
    ("pt", "Quando um cliente está agitado, eu escuto e peço desculpas."),
    ("pt", "Com os críticos eu mantenho a calma e respondo no privado."),
])
def test_an_action_for_these_anger_words_is_a_tip(language: str, sentence: str) -> None:
    finding = find_tip(Reading.of(sentence, language))
    assert finding.count >= 1, finding


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "When a member gets belligerent in the chat, I slow down and ask what went wrong."),
    ("en", "If someone yells at the team in a comment, I thank them for flagging it and offer a call."),
    ("en", "When customers vent their anger publicly, I reply calmly and send them a direct message."),
    ("en", "When a customer is bitter about a refund, I stay calm and explain the next step."),
    ("en", "A grumpy regular gets the same patience as anyone: I listen and explain what I can do."),
    ("en", "When a post draws insulting replies, I answer the real question once and stay polite."),
    ("es", "Si un cliente se pone grosero, le respondo con calma y le ofrezco una solución."),
    ("de", "Wenn jemand unhöflich wird, bleibe ich ruhig und biete eine Lösung an."),
    ("fr", "Quand un client devient impoli, je reste calme et je propose une solution."),
    ("pt", "Quando um cliente fica grosseiro, eu mantenho a calma e ofereço uma solução."),
])
def test_more_words_for_anger_and_its_acts_aim_the_advice(language: str, sentence: str) -> None:
    """Anger named by an adjective no earlier list held, or by what the angry person does (yells, vents,
    insults): the advice beside it is for the angry person."""
    finding = find_tip(Reading.of(sentence, language))
    assert finding.count >= 1, finding


def test_english_anger_words_count_in_a_reply_in_another_language() -> None:
    finding = find_tip(Reading.of("Si el cliente está irate, lo escucho y le pido disculpas.", "es"))
    assert finding.count >= 1, finding


@pytest.mark.parametrize("quoted", ["'angry'", "‘angry’", "\"angry\"", "“angry”"])
def test_curly_and_straight_quotes_are_the_same(quoted: str) -> None:
    text = (f"I use Later and Canva. I track reach, saves and CTR. With {quoted} customers I never argue"
            " back: I don’t get defensive and I move the chat to DMs.")
    straight = text.replace("’", "'")
    judged = [judge_rules(t, EvaluationSettings()) for t in (text, straight)]
    assert [j.verdict for j in judged] == ["pass", "pass"]
    tips = [j.criteria["angry_customer_tip"].evidence for j in judged]
    assert len(tips[0]) == len(tips[1]) >= 2


def test_cross_as_angry_is_an_anger_word() -> None:
    assert lexicons().anger.find(Prepared.of("When a customer is cross, I thank them."))
    assert not lexicons().anger.find(Prepared.of("We cross-post to every channel."))
