"""Checking a fact or a person is no reading of a number: "Check if the complaints are valid" makes no sentence
about metrics, so "complaints" there is the trouble a tip handles, not a third metric (metrics.toml [not_cues]);
"I check clicks for every link" still reads one."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Tools: I schedule in Hootsuite and design in Canva.\n\nMetrics: reach and saves.\n\n"


@pytest.mark.parametrize("tip", [
    "Check if the complaints are valid.",
    "Instead of getting defensive, do some research and check to see if the complaints were actually valid.",
])
def test_the_complaints_checked_are_the_tip_not_a_metric(tip: str) -> None:
    judgement = judge_rules(_ANSWERS + tip + "\n", EvaluationSettings())
    assert judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]
    assert not judgement.criteria["metrics"].met, judgement.criteria["metrics"]


def test_checking_a_number_still_reads_it() -> None:
    judgement = judge_rules("I check clicks for every link, and watch reach and saves.\n", EvaluationSettings())
    assert judgement.criteria["metrics"].met
