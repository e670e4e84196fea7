"""An act judged bad by the sentence after it is a warning, not anti advice (issue 9 items 3, 5).

"The first urge is to fire back at them or to delete their comment. That only makes an angry customer
angrier." describes an urge and then judges it: the advice (do not hit back) is implied, as in "Arguing with
them only makes it worse", so a person decides; firing back is not the candidate's advice, and the reply
is not failed for anti advice. Good advice followed by its reason ("Never argue with an angry customer. It
only makes things worse.") is still a tip.
"""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


def test_an_urge_judged_bad_by_the_next_sentence_is_an_implied_tip() -> None:
    judgement = judge_rules(reply("tip_warned_against_the_urge_to_fire_back"), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.NEEDS_REVIEW, judgement
    assert not any(note.startswith("anti advice") for note in judgement.criteria[TIP].notes)


def test_advice_followed_by_its_reason_is_still_the_tip() -> None:
    judgement = judge_rules(reply("tip_never_argue_then_why"), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS
