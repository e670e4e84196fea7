"""An instruction opening its sentence is advice though no list knows its verb: a word in its base form, then its
object's first word or a particle ("Extend the olive branch.", "Escalate it to a human."). A word that is no verb's
base form opens no instruction ("Overall the week went well.", "Thanks the team"), nor does a past form ("Told them
twice."). In the last paragraph, beside people to act on, such advice answers the tip question."""

from __future__ import annotations

import pytest

from bot.evaluation.advice import Advice
from bot.evaluation.reading import Reading
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def _advised(text: str) -> bool:
    return bool(Advice.of(Reading.of(text, "en")).advice)


@pytest.mark.parametrize("sentence", [
    "Extend the olive branch.",
    "Escalate it to a human before it spirals.",
    "Defuse the situation privately.",
    "Lower your voice and your tempo.",
    "Tip: Extend the olive branch.",
    "- Acknowledge every complaint within the hour.",
])
def test_an_unlisted_verb_opening_its_sentence_with_an_object_is_advice(sentence: str) -> None:
    assert _advised(sentence)


@pytest.mark.parametrize("sentence", [
    "Overall the week went well.",
    "Thanks the team for the help.",
    "Told them twice already.",
    "Meanwhile the numbers kept rising.",
])
def test_a_word_that_is_no_base_form_opens_no_instruction(sentence: str) -> None:
    assert not _advised(sentence)


def test_such_advice_in_the_last_paragraph_answers_the_tip_question(thresholds: EvaluationSettings) -> None:
    body = ("Hi Sam,\n\nWe schedule everything in Buffer and design in Canva.\n\nI look at reach, saves and "
            "click-through rate every Monday.\n\nExtend the olive branch. Most buyers are not villains. Kindly "
            "communicate to them that you will fix it, and then do it.\n\nThanks,\nRobin")
    assert judge_rules(body, thresholds).criteria["angry_customer_tip"].met
