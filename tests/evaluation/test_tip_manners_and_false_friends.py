"""Two ways a description passed for a tip (issue 9 item 3, "Bad input"):

- a manner ("quickly", "rapidamente", "schnell") is a way of handling someone only as the manner of a reply
  ("respond quickly"); in a clause with no verb of replying, told as no advice ("if the story resonates, it can
  spread quickly"), it is no action at all (tips.toml [manners]);
- another language's instruction verbs are false friends once accents are folded: Spanish "sé" ("be") is
  Portuguese "se" ("if", "itself"), which made "se a história ressoar ..." read as advice.
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize("scenario", ["tip_a_manner_of_no_reply", "tip_a_manner_of_no_reply_portuguese"])
def test_a_story_that_spreads_quickly_is_no_tip(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
    # Failed in English; in Portuguese the reply names the angry customer, so a person decides.
    assert judgement.verdict != Verdict.PASS


def test_a_manner_of_a_reply_is_still_the_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_a_manner_of_a_reply"), thresholds)
    assert judgement.criteria["angry_customer_tip"].evidence[0] == "respond quickly"
    assert judgement.verdict == Verdict.PASS


def test_a_verb_spelt_alike_in_two_languages_is_the_replys_own(thresholds: EvaluationSettings) -> None:
    """"Trate-a como você gostaria de ser tratado": "trate" is listed as Spanish and is Portuguese too, spelt
    alike: an instruction, where "se" (for Spanish "sé") is not."""
    judgement = judge_rules(reply("tip_shared_spelling_portuguese"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS
