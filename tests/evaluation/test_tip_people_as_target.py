"""With no action word, the people in the tip must be what the advice is for (issue 9 items 3, 5: the target of
the advice, calibrated doubt).

Under the tip's label, advice with a person in it passes as "advice about people" even when no action word
is there. But people who only act in it, each the subject of a verb ("post when your followers are awake",
"check what people are saying about you", "when an unruly customer finally leaves"), do not make it advice
about them: such an answer goes to a person, or fails when it names something else it is for (posts,
captions: a tip about something else). One the advice makes act ("let them know ...", "make the
customer feel heard") is still its target.
"""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


def test_advice_whose_people_only_act_goes_to_a_person() -> None:
    judgement = judge_rules(reply("people_only_acting_in_a_tip_with_no_other_target"), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.NEEDS_REVIEW


def test_the_same_advice_naming_something_else_it_is_for_fails() -> None:
    """"Schedule the big posts for when your followers are awake and keep captions short": the posts and captions
    are what the advice is for (tips.toml [other_targets]), a tip about something else, which the design fails."""
    judgement = judge_rules(reply("people_only_acting_in_a_tip_about_scheduling"), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.FAIL


def test_people_the_advice_makes_act_are_its_target() -> None:
    judgement = judge_rules(reply("people_made_to_know_in_the_tip"), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS
