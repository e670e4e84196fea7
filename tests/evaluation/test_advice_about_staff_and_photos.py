"""Advice about the candidate's own staff or pictures, with no anger, trouble or handling word, may be a tip about
something else (issue 9 item 3): "Never use photos from Canva. Use your own photos. Make sure your volunteers and staff
have all signed photo releases, and use photos of them." is about content, and at best a person decides. Staff who are
taught to handle the angry person still give a tip."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Hi,\n\nTools: Hootsuite and Canva.\n\nMetrics: reach, engagement rate and response time.\n\n"


def _judged(tip: str) -> tuple[Verdict, bool]:
    judgement = judge_rules(f"{_ANSWERS}Tip: {tip}\n\nThanks", EvaluationSettings())
    return judgement.verdict, judgement.criteria["angry_customer_tip"].met


@pytest.mark.parametrize("tip", [
    "Never use photos from Canva. Use your own photos. Make sure your volunteers and staff have all signed photo "
    "releases, and use photos of them.",
    "Ask your employees for pictures and share them with the team.",
])
def test_advice_about_staff_or_pictures_is_no_sure_tip(tip: str) -> None:
    verdict, met = _judged(tip)
    assert not met and verdict is not Verdict.PASS


@pytest.mark.parametrize("tip", [
    "Train your staff to listen first and apologise.",
    "Make sure your volunteers know how to calm people down.",
    "Ask the angry customer for a photo of the damage and thank them.",
])
def test_handling_taught_to_staff_or_asked_of_the_angry_is_a_tip(tip: str) -> None:
    assert _judged(tip) == (Verdict.PASS, True)
