"""Debating, bickering and a back-and-forth are arguing by other names: advice against them is advice for the
conflict ("Avoid debating the details in public."), and "brief" said of a reply is no other target the advice is for
("Public replies should be brief and neutral"), as a client's brief would be ("Re-read the brief before you post")."""

from __future__ import annotations

import pytest

from bot.evaluation.answers import TipAnswer
from bot.evaluation.reading import Reading
from bot.evaluation.rules import judge_rules
from bot.evaluation.tips import _other_targets
from bot.settings import EvaluationSettings

OPENING = ("Hi Sam,\n\n1) We schedule everything in Buffer and design in Canva.\n\n2) I look at reach, saves and "
           "click-through rate every Monday.\n\n3) ")


@pytest.mark.parametrize("tip", [
    "Avoid debating the details online.",
    "Never bicker in a thread.",
    "Don't debate the facts with them on the page.",
])
def test_advice_against_debating_answers_the_tip_question(tip: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(OPENING + tip + "\n\nThanks,\nRobin", thresholds)
    assert judgement.criteria["angry_customer_tip"].met


@pytest.mark.parametrize(("tip", "other"), [
    ("Public replies should be brief and neutral.", False),
    ("Re-read the brief before you post.", True),
    ("Check the client brief twice.", True),
])
def test_brief_names_another_target_only_as_a_noun(tip: str, other: bool) -> None:
    reading = Reading.of(OPENING + tip, "en")
    answer = TipAnswer(frozenset({len(reading.layout.sentences) - 1}), "the answer numbered 3", True)
    assert bool(_other_targets(reading, answer)) is other
