"""An instruction may follow a fronted purpose and a condition, each ending at its comma: "In order to keep the group
on the right track, when you see conflict happening, step in as a mediator as soon as possible" tells what to do, as
"When you see conflict happening, step in ..." does. A purpose with no instruction after it tells nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERED = "I use Buffer and Canva.\n\nI watch reach, saves and engagement rate.\n\n"


@pytest.mark.parametrize("tip", [
    "In order to keep the group on the right track, when you see conflict happening, step in as a mediator as soon "
    "as possible.",
    "So as to keep things civil, if a thread turns hostile, lock it for an hour and explain why.",
])
def test_an_instruction_after_a_purpose_and_a_condition_is_the_tip(tip: str, thresholds: EvaluationSettings) -> None:
    assert judge_rules(_ANSWERED + tip, thresholds).criteria["angry_customer_tip"].met


def test_a_purpose_and_a_condition_with_a_statement_after_them_tell_nothing(thresholds: EvaluationSettings) -> None:
    tip = "In order to keep the group on track, when conflict happens, everyone gets a bit tense."
    assert not judge_rules(_ANSWERED + tip, thresholds).criteria["angry_customer_tip"].met
