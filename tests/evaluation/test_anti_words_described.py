"""Anti words that describe the angry person are no anti advice (issue 9 item 3: negated or ironic
advice is no tip, but words about what the customer does are not advice at all).

"yell", "insult", "mock" (advice.toml [anti_verbs]) count against the tip only told as an instruction
("Just yell back at them", "I mock the angry ones"); "it's easier to yell at a brand", "when an insult
lands in the inbox" describe the angry person, and the advice around them is the tip. A negated action
limited in time ("Don't apologise (not yet)") advises when, not whether.
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


@pytest.mark.parametrize("scenario", [
    "tip_after_saying_people_yell_at_brands",
    "tip_after_an_insult_lands_in_the_inbox",
    "tip_to_apologise_not_yet",
])
def test_advice_beside_a_described_anti_word_is_the_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", ["tip_to_yell_back", "tip_to_mock_them_in_private"])
def test_anti_words_told_as_instructions_stay_against_the_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict != Verdict.PASS
