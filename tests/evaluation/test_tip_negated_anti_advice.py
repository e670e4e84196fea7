"""Anti advice negated is the tip (issue 9 item 4: negation with scope).

What works against the tip (advice.toml [anti]: "raise your voice", "hang up on them", "delete their
posts"), negated, is advice to avoid it: "never lose your temper", "don't rush to delete their posts". The
negation reaches over a verb that hands its action on with "to" ("rush to", "be quick to"), but not over one
that turns it round ("don't hesitate to delete their posts" advises deleting them).
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


@pytest.mark.parametrize("scenario", [
    # Two anti phrases negated, under the tip's label.
    "negated_anti_never_lose_your_temper_under_the_tip_label",
    # The negation reaches over "rush to", in the reply's third numbered answer.
    "negated_anti_reaching_over_rush_to",
])
def test_negated_anti_advice_is_the_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", [
    # "don't hesitate to" advises the action after it: deleting and blocking stay anti advice.
    "negated_anti_turned_round_by_hesitate",
    # Not negated, raising one's voice is what the speaker does: anti advice.
    "anti_raising_my_voice_told_as_a_habit",
])
def test_anti_advice_not_negated_is_no_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria["tools"].met and judgement.criteria["metrics"].met
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict != Verdict.PASS
