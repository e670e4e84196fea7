"""The worst thing to do, named as such, advises against it: "The worst thing you can do is respond in anger"."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I schedule with Buffer and report from Sprout Social. I watch reach, saves and click-through rate.\n\n"


@pytest.mark.parametrize("tip", [
    "The worst thing you can do is respond to the comment in anger; it only makes the thread worse.",
    "The worst thing you could do is argue with them in public.",
    "The biggest mistake you can make is to delete their comment and hope nobody noticed.",
    "The worst mistake is ignoring a frustrated member for a week.",
])
def test_the_worst_thing_to_do_is_a_tip(tip: str) -> None:
    assert judge_rules(_ANSWERS + tip + "\n", EvaluationSettings()).criteria["angry_customer_tip"].met


def test_the_worst_part_of_the_job_is_no_tip() -> None:
    reply = _ANSWERS + "The worst thing about this job is the angry customers, honestly.\n"
    assert not judge_rules(reply, EvaluationSettings()).criteria["angry_customer_tip"].met
