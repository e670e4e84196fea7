"""A way of handling people said to be a key part of the job is a tip stated as a value (advice.toml [valuing]: "is
a key factor", "is the first step"), also when a concession set off by commas stands between the act and the verb
("Listening to them, no matter how angry they are, is a key factor": tips._valued). Anti advice said so is none."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

ANSWERS = "Tools: Trello and Canva.\nMetrics: NPS, CSAT and retention.\n\n"


def tip_met(last: str) -> bool:
    return judge_rules(ANSWERS + last, EvaluationSettings()).criteria["angry_customer_tip"].met


@pytest.mark.parametrize("last", [
    "Listening to your customers, no matter how angry they are, is a key factor in good service.",
    "Apologising to upset members is the first step.",
    "Acknowledging the frustration, however loud the caller gets, is a crucial part of the job.",
])
def test_a_handling_act_called_key_is_a_tip(last: str) -> None:
    assert tip_met(last)


@pytest.mark.parametrize("last", [
    "Ignoring them, no matter how angry they are, is a key factor.",
    "Posting every day, whatever the season, is a key part of the job.",
])
def test_anti_advice_or_another_task_called_key_is_none(last: str) -> None:
    assert not tip_met(last)
