"""An opinion lead-in ("I think", "in my opinion") does not make advice the speaker's habit (issue 9 item 3).

"I think the wisest move with a disappointed buyer is to own up to the mistake" tells the reader what to do, as the
same sentence without "I think" does: the "I" is the one holding the opinion, not the subject of the advice. A
habit of the speaker's after the lead-in ("I think I just forward the angry ones to my manager") is still a habit,
advice only through a handling action in it.
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


@pytest.mark.parametrize("scenario", [
    "opinion_lead_before_the_most_useful_thing",
    "opinion_lead_before_the_wisest_move",
    # Guards: passed before, as advice with an anger word nearby or beside a word of trouble.
    "opinion_lead_before_the_key_is",
    "opinion_lead_before_it_is_best",
    "opinion_lead_before_the_first_thing",
    "opinion_lead_i_find",
])
def test_advice_after_an_opinion_lead_is_the_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", [
    "opinion_lead_before_a_habit_about_oneself",
    "opinion_lead_before_a_habit_of_passing_them_on",
])
def test_a_habit_after_an_opinion_lead_is_still_a_habit(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria["tools"].met and judgement.criteria["metrics"].met
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict != Verdict.PASS
