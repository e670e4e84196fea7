"""Advice told for when the people it names are angry is a tip, wherever the reply marks its answer: "3) If the
patron is being truly belligerent, you need to get a supervisor." The people in it only act (they are the condition,
not the advice's object), but the anger word in the advice's own sentence says whom it is for. The same sentence was
a tip as the reply's last paragraph and only a doubt under "3)", the stronger mark. Advice whose own sentence names
no anger, beside a sentence that does, still says nothing about whom it is for."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

NUMBERED = "Hi,\n\n1) We use Hootsuite and Canva every day.\n\n2) I track reach, saves and CTR weekly.\n\n3) "
LABELLED = ("Hi,\n\nTools: We use Hootsuite and Canva every day.\n\nMetrics: I track reach, saves and CTR weekly.\n\n"
            "Tip: ")


@pytest.mark.parametrize("opening", [NUMBERED, LABELLED])
@pytest.mark.parametrize("tip", [
    "If the patron is being truly belligerent, you need to get a supervisor.",
    "If the patron is being truly belligerent, you need to get a supervisor. Working in a library does not make "
    "you a doormat.",
    "When a subscriber gets hostile in the comments, you should move the thread to email.",
])
def test_advice_for_when_the_people_in_it_are_angry_is_a_tip(opening: str, tip: str,
                                                            thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(opening + tip + "\n\nThanks,\nRobin", thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("tip", [
    "Our followers get hostile at night. Post your updates in the morning when they are online.",
    "When followers are online in the evening, you should post your best photos.",
])
def test_advice_whose_own_sentence_names_no_anger_is_no_tip(tip: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(NUMBERED + tip + "\n\nThanks,\nRobin", thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
