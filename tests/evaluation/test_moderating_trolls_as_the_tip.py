"""Ignoring or banning trolls is moderation: a person decides whether it is the tip (issue 9 items 3 and 5).

"Ignore them and delete their comments" said of angry customers is advice against the tip, and no tip. Said of
trolls, spammers or those who break a community's rules (tips.toml [moderated]), the same words are how a
moderator deals with hostile members, which graders read as a borderline tip: the reply goes to a person
(needs_review), it neither passes nor fails on it. Only where every sentence of the anti advice names whom
moderation shuts out, or points back at them from the sentence after with a pronoun ("... In other words, ignore
them and they will go away"): anti advice about angry customers beside it still fails. Steps of moderation told as
advice ("Delete the messages, mute the user, ban all the raiders") where the reply answers the tip question, with no
angry or troubled person in them, go to a person too; beside advice for an angry customer they take nothing away.
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


@pytest.mark.parametrize("scenario", [
    "moderation_ignoring_and_banning_trolls",
    "moderation_deleting_a_trolls_comment",
    "moderation_steps_against_raiders",
    "moderation_steps_under_a_tip_label",
    "moderation_ignoring_trolls_then_pointing_back",
    "moderation_muting_someone_spamming",
])
def test_shutting_out_trolls_goes_to_a_person(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert not judgement.criteria[TIP].met
    assert judgement.verdict == Verdict.NEEDS_REVIEW, judgement.reasons
    assert f"unsure:{TIP}" in judgement.reasons
    assert any("trolls or rule-breakers" in note for note in judgement.criteria[TIP].notes)


@pytest.mark.parametrize("scenario", [
    "moderation_not_of_angry_customers",
    "moderation_beside_ignoring_angry_customers",
    "moderation_then_ignoring_angry_customers",
])
def test_shutting_out_angry_customers_is_still_no_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert not judgement.criteria[TIP].met
    assert judgement.verdict == Verdict.FAIL, judgement.reasons


def test_moderation_beside_advice_for_an_angry_customer_takes_nothing_away() -> None:
    judgement = judge_rules(reply("moderation_steps_beside_an_angry_customer"), EvaluationSettings())
    assert judgement.criteria[TIP].met
    assert judgement.verdict == Verdict.PASS, judgement.reasons
