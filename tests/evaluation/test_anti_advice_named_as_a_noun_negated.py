"""A thing to avoid named as a noun ("a shouting match") follows its verb and article, and a negation before them
negates it: "don't start a shouting match", "never get into a slanging match", "not to start an online shouting
match" advise against the fight, so the sentence's other advice ("be calm and respectful") stands. Said without a
negation it is still anti advice."""

from __future__ import annotations

import pytest

from bot.evaluation.advice import negated_before
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ASKED = "1) I use Hootsuite and Buffer.\n2) I watch reach, saves and replies.\n3) "


@pytest.mark.parametrize("tip", [
    "Be calm and respectful, and don't start a shouting match.",
    "The goal is to be calm and respectful in your reply, not to start an online shouting match.",
    "Never get into a slanging match with them.",
])
def test_a_negated_fight_is_advice_against_it(tip: str, thresholds: EvaluationSettings) -> None:
    assert judge_rules(_ASKED + tip, thresholds).criteria["angry_customer_tip"].met


def test_the_fight_advised_is_still_anti_advice(thresholds: EvaluationSettings) -> None:
    tip = judge_rules(_ASKED + "Start a shouting match and insult them.", thresholds).criteria["angry_customer_tip"]
    assert not tip.met
    assert any("anti advice" in note for note in tip.notes)


@pytest.mark.parametrize(("text", "negated"), [
    ("don't start a shouting", True),
    ("never get into a public slanging", True),
    ("not to start an online shouting", True),
    ("I start a shouting", False),
    ("don't think a customer will yell", False),
])
def test_how_far_the_negation_reaches(text: str, negated: bool) -> None:
    assert negated_before(text, text.rindex(" ") + 1) is negated
