"""Paying the person back is anti advice (issue 9 item 3: "negated or ironic advice is not" a tip): being
polite to their face and then laughing about them behind their back, or treating them the way they treat
you, takes the politeness back. Said not to do ("never talk about them behind their back"), it is part of
the tip."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_polite_to_their_face_then_behind_their_back_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("trap_polite_then_behind_their_back"), thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
    assert any("anti advice" in note for note in judgement.criteria["angry_customer_tip"].notes)
    assert judgement.verdict == Verdict.FAIL


def test_never_talking_behind_their_back_is_part_of_the_tip(thresholds: EvaluationSettings) -> None:
    text = reply("trap_polite_then_behind_their_back").replace(
        "With rude customers I am sweet as pie to their face and apologise politely, then we laugh about them "
        "behind their back in the break room.",
        "With rude customers, apologise politely and never talk about them behind their back.")
    judgement = judge_rules(text, thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS
