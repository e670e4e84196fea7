"""Offensive posts and online fights are the trouble the tip question asks about, as abusive ones and flame wars are:
advice beside them answers it ("Tip:\nEdit out offensive remarks and remind the posters of the house rules.",
"Don't respond on the page with a comment. You should not get involved in an online fight."). Advice about content
with no such word stays a tip about something else."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

OPENING = ("Hi Sam,\n\nWe schedule everything in Buffer and design in Canva.\n\nI look at reach, saves and "
           "click-through rate every Monday.\n\n")


@pytest.mark.parametrize("tip", [
    "Tip:\nEdit out offensive remarks from the thread, and remind the posters of the house rules.",
    "Don't respond on the page with a comment. You should not get involved in an online fight.",
    "Step in early before a thread turns into a flame war, and move it to private messages.",
])
def test_advice_beside_offence_or_a_fight_is_a_tip(tip: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(OPENING + tip + "\n\nThanks,\nRobin", thresholds)
    assert judgement.criteria["angry_customer_tip"].met


def test_advice_about_content_alone_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(OPENING + "Tip:\nEdit your content twice, and remind your followers of the next "
                            "live session.\n\nThanks,\nRobin", thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
