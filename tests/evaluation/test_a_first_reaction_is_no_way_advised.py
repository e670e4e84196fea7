"""A first reaction is an impulse the writer tells of, not a way they advise: "My first reaction when this happens to
me is to be angry, hurt, defensive" answers the tip question with no tip (a false pass: "reaction" names a way in "the
right reaction is to listen"). The way named otherwise still advises."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_START = "Tools: I schedule in Hootsuite and design in Canva.\n\nMetrics: reach, saves and CTR.\n\n"


@pytest.mark.parametrize("tip", [
    "Angry customers: my first reaction when this happens to me is to be angry, hurt and defensive.",
    "Angry customers: honestly, my gut reaction is to get defensive.",
])
def test_a_first_reaction_told_is_no_tip(tip: str) -> None:
    judgement = judge_rules(_START + tip, EvaluationSettings())
    assert not judgement.criteria["angry_customer_tip"].met, judgement
    assert judgement.verdict != Verdict.PASS


@pytest.mark.parametrize("tip", [
    "Angry customers: the right reaction is to listen and apologise.",
    "Angry customers: my first reaction is to get defensive, so I wait an hour and reply calmly.",
])
def test_a_way_named_still_advises(tip: str) -> None:
    assert judge_rules(_START + tip, EvaluationSettings()).verdict == Verdict.PASS
