"""After a fronted phrase, the speaker with a contracted modal starts the advice (issue 9 item 3: advice mood).

"When a buyer is furious about a late parcel, on most days I'll explain the delay in a private message":
what comes before the speaker sets the scene, and the instruction is read from the speaker on, as it is for
"I will explain" or "I explain". "I'll", "we'll", "you'll", "I'd", "we'd", "you'd" are the speaker or the
reader too (advice.py, _SUBJECT_WITH_MODAL).
"""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


def test_the_advice_is_read_from_the_contracted_speaker_on() -> None:
    judgement = judge_rules(reply("fronted_phrase_then_i_will_contracted"), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS
