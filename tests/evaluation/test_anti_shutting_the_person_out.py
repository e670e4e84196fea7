"""Shutting the upset person out is anti advice (issue 9 item 3: "negated or ironic advice ... is not" a tip).

Muting, ignoring, blocking, unfollowing or hiding the angry customers themselves ("just mute angry customers",
"ignoring the upset ones works best") refuses to deal with them: advice.toml [anti_grammar], every such verb
before every way of naming the upset person. Negated ("never ignore angry customers") it is advice to deal with
them, as any negated anti advice is.
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


@pytest.mark.parametrize(("scenario", "shut_out"), [
    ("anti_muting_angry_customers_under_the_tip_label", "mute angry"),
    ("anti_ignoring_the_upset_ones_told_as_a_habit", "ignoring the upset"),
])
def test_shutting_the_upset_person_out_is_no_tip(scenario: str, shut_out: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria["tools"].met and judgement.criteria["metrics"].met
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert any(shut_out in note for note in judgement.criteria[TIP].notes)
    assert judgement.verdict != Verdict.PASS


def test_never_shutting_them_out_is_the_tip() -> None:
    judgement = judge_rules(reply("negated_anti_never_ignore_angry_customers"), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS
