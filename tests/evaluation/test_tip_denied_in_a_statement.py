"""A statement denying something of the action is no tip told (issue 9 items 3, 5: "a sentence that only
mentions angry customers without advice is not").

Under the tip's label, an action word beside an anger word passed even when the sentence told no advice:
"Staying patient with shouty members isn't easy for anyone", "Apologising to furious buyers has never once
calmed them down". A sentence with no instruction and no mood phrase whose action clause denies something
outside the action (isn't, never, rarely, not...) advises nothing either way: the reply goes to a person,
as a consequence does. Advice stays advice: "Never argue with a furious buyer", "Not arguing with them is
half the job" (the negation is the action's own).
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


@pytest.mark.parametrize("scenario", [
    "statement_apologising_never_calmed_them",
    "statement_staying_patient_is_not_easy",
])
def test_a_statement_denying_the_action_goes_to_a_person(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.NEEDS_REVIEW


@pytest.mark.parametrize("scenario", [
    "never_argue_with_a_furious_buyer",
    "not_arguing_is_half_the_job",
])
def test_negated_advice_is_still_the_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS
