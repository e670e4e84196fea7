"""Composure told as what not to lose is the same handling as keeping it (tips.toml [actions], [handling]): "No
matter what, don't lose your cool. Remember, it's not personal." answers the tip question where the reply answers
it, as "Keep your cool" does. Losing one's temper told as a story is no tip."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

ANSWERS = "Hi,\n\nWe use Hootsuite and Canva every day.\n\nI track reach, saves and CTR weekly.\n\n"


@pytest.mark.parametrize("tip", [
    "No matter what, don't lose your cool. Remember, it's not personal.",
    "Never lose your temper, whatever they write.",
    "Don't lose your temper. It isn’t personal.",
])
def test_composure_told_as_what_not_to_lose_is_a_tip(tip: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(ANSWERS + tip, thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS


def test_losing_it_told_as_a_story_is_none(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(ANSWERS + "Last week I lost my temper with our printer.", thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
