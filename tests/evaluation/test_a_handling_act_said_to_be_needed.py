"""A handling act said to be needed is a tip told as a statement (issue 9 item 1): "Sometimes an apology is necessary",
"A quick reply is needed" as the answer to the third question value the act as "is essential" does. Something else
said to be needed ("More context is needed about the app") is no tip."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = ("I use Hootsuite for scheduling and Canva for design every day.\n\n"
            "I watch reach, engagement rate and click-through rate every week.\n\n")


@pytest.mark.parametrize("tip", ["Sometimes an apology is necessary.", "A quick reply is needed.",
                                 "A calm and personal reply is required."])
def test_the_act_needed_is_the_tip(tip: str, thresholds: EvaluationSettings) -> None:
    assert judge_rules(_ANSWERS + tip, thresholds).criteria["angry_customer_tip"].met


def test_something_else_needed_is_no_tip(thresholds: EvaluationSettings) -> None:
    said = _ANSWERS + "More context is needed about the app."
    assert not judge_rules(said, thresholds).criteria["angry_customer_tip"].met
