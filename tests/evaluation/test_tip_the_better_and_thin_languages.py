"""A comparison ending in "the better" advises; thinner languages know not taking it personally (issue 9 items
3, 4, 5).

"The earlier we are able to move that thread into a private message, the better" tells what to do: a
comparison of the speaker or reader doing something ("the faster you", "the sooner we") that ends in "the
better" (advice.py, _THE_BETTER). "The more hashtags the better" names no one acting and
advises nothing about people. In Portuguese, Spanish, French and German, not taking it personally is a
handling action and "stressed" an anger word, as in English (tips.toml).
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


@pytest.mark.parametrize("scenario", [
    "the_sooner_you_the_better_under_the_tip_label",
    "pt_not_taking_it_personally_with_a_stressed_follower",
])
def test_the_tip_is_found(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


def test_a_comparison_with_no_one_acting_is_no_tip() -> None:
    judgement = judge_rules(reply("the_more_hashtags_the_better_under_the_tip_label"), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict != Verdict.PASS
