"""What a good practitioner does, the shoes idiom, and taking the bait (issue 9 item 3).

- "A good community manager is someone who can stand in the shoes of the members who write in" failed: what a
  good community manager, social media manager or moderator does is advice told of the profession (advice.toml
  [mood]), and standing in someone's shoes is a handling action however it is put ("in their shoes", "in the
  shoes of"; tips.toml [actions], [handling]). "A good community manager posts every single day" is advice about
  something else: no tip.
- "take the bait and give it straight back to them" passed beside an anger word; rising to or taking the bait,
  and feeding trolls, are anti advice (advice.toml [anti]), so "Good moderators never take the bait" is the tip.
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize("scenario", [
    "tip_a_good_community_manager_in_their_shoes",
    "tip_good_moderators_never_take_the_bait",
])
def test_what_a_good_practitioner_does_is_the_tip(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", ["tip_a_good_community_manager_posts_daily", "tip_take_the_bait"])
def test_a_good_practitioners_other_habits_and_taking_the_bait_are_no_tip(scenario: str,
                                                                         thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.FAIL


def test_the_thing_that_works_named_as_a_thing_is_advice(thresholds: EvaluationSettings) -> None:
    """"The one thing that always works is acknowledging the mistake ...": what helps, named as a thing, is a mood
    phrase as "the main thing is" is (advice.toml [mood]); "... works for reach is posting short videos" is
    advice about something else."""
    judgement = judge_rules(reply("tip_the_thing_that_helps_is"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS
    other = judge_rules(reply("tip_the_thing_that_works_for_reach"), thresholds)
    assert not other.criteria["angry_customer_tip"].met
    assert other.verdict == Verdict.FAIL
