"""The tip told as the candidate's own practice (issue 9 item 3: "I always ...", "what I do is ...").

Real people rarely give the tip as an imperative: they tell what they do. A first-person habit in the
tip's place is advice by example when it holds a handling action ("I always keep my answers short and
polite when someone is furious", "I make a point of thanking them"). A habit with no handling action
tells what the speaker does or feels: about content ("what I do is plan the week's posts"), about
themselves ("I usually go quiet for the afternoon"), or passing the person on ("I let my director
decide"). It is never a tip that passes: one about people or beside an anger word goes to a person, one
naming another target fails.
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


@pytest.mark.parametrize("scenario", [
    # A habit about content, under the tip label.
    "habit_about_content_under_the_tip_label",
    # Taking it personally, told as what one does, is against the tip ("I try not to" stays a tip, below).
    "habit_of_taking_it_personally_under_the_tip_label",
    # About the speaker, beside an anger word, in the last paragraph.
    "habit_about_oneself_next_to_an_anger_word",
    # Passing the angry person upwards.
    "habit_of_passing_angry_emails_upwards",
])
def test_a_habit_with_no_handling_action_is_no_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria["tools"].met and judgement.criteria["metrics"].met
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict != Verdict.PASS


@pytest.mark.parametrize("scenario", [
    # Every word about the conversation with the person.
    "habit_of_short_polite_answers_to_furious_people",
    # Handling actions in the forms habits use: "thanking them", "never interrupt them".
    "habit_of_thanking_and_not_interrupting_under_the_tip_label",
    # "not to take it personally" is the tip; only the habit of taking it personally is against it.
    "habit_of_not_taking_it_personally_under_the_tip_label",
])
def test_a_habit_with_a_handling_action_is_the_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", [
    # Handing the person to moderators ("let the mods ..." as tips.toml [handed_off] says).
    "habit_of_leaving_angry_people_to_the_mods",
    # A belief, not a deed: "assume" with what is believed after it (advice.toml [opinion_verbs]).
    "habit_of_a_belief_about_upset_members",
    # An inbox is a place, not a private message ("inbox" alone was a Portuguese action word).
    "habit_of_sending_furious_mail_to_an_inbox",
    # "read them": the pronoun may stand for the emails; only verbs of tips.toml [person_verbs] aim at a person.
    "habit_of_reading_furious_emails_later",
])
def test_a_habit_that_does_not_handle_the_person_does_not_pass(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria["tools"].met and judgement.criteria["metrics"].met
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict != Verdict.PASS


def test_a_habit_named_as_such_is_advice_by_example() -> None:
    # "My habit is to ..." is a mood phrase (advice.toml [mood]); its handling actions make it the tip.
    judgement = judge_rules(reply("habit_named_as_such_with_handling_actions"), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", [
    # The action words before the cue are neither advice ("escalates" is no action either) ...
    "consequence_of_telling_them_they_are_wrong_under_the_tip_label",
    "consequence_of_arguing_in_the_last_paragraph",
    # ... nor anti advice: "deleting their comments" is what the reply warns against.
    "consequence_of_deleting_comments_in_the_last_paragraph",
])
def test_a_consequence_in_the_tips_place_goes_to_a_person(scenario: str) -> None:
    # "X only makes it worse" implies the advice without telling it (habits.toml [worsens]).
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert any("a consequence" in note for note in judgement.criteria[TIP].notes)


def test_a_consequence_beside_advice_told_is_the_tip() -> None:
    judgement = judge_rules(reply("consequence_then_own_advice"), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", [
    "what_angry_customers_want_under_the_label",
    "what_angry_customers_deserve_under_the_label",
])
def test_what_the_angry_people_want_is_no_tip(scenario: str) -> None:
    # A description of them, even under the tip's label: its action words ("refund", "answer") are what they
    # want, not advice to give it.
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict != Verdict.PASS


def test_what_they_want_being_a_way_of_treating_them_implies_the_tip() -> None:
    """"A frustrated member just wants to be heard. They want empathy": what they want is a handling act,
    so the advice (hear them, show empathy) is implied, as by a consequence: a person decides. A refund
    wanted stays a description (above)."""
    judgement = judge_rules(reply("what_angry_customers_want_is_to_be_heard"), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert any("what the angry people want" in note for note in judgement.criteria[TIP].notes)


def test_what_they_want_then_advice_is_the_tip() -> None:
    judgement = judge_rules(reply("what_they_want_then_advice_under_the_label"), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", [
    # Taking the conversation off the screen, told informally or as what the candidate does.
    "off_the_screen_ring_them_under_the_tip_label",
    "off_the_screen_video_call_under_q3",
    "off_the_screen_face_to_face_with_an_angry_member",
])
def test_taking_it_off_the_screen_is_the_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", [
    # Meeting or calling someone else: the off-screen words need the person ("them") to be a handling action.
    "off_the_screen_team_meeting_under_the_label",
    "off_the_screen_call_to_a_supplier_under_the_tip_label",
])
def test_a_call_or_a_meeting_with_someone_else_is_no_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict != Verdict.PASS


@pytest.mark.parametrize("scenario", [
    # Anti words after "as if we" / "like we" name what to avoid seeming to do (advice.py _COMPARED_BEFORE).
    "habit_against_seeming_to_ignore_them",
    "habit_so_it_is_not_like_we_ignore_them",
])
def test_what_to_avoid_seeming_to_do_is_no_anti_advice(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


def test_liking_to_ignore_them_stays_anti_advice() -> None:
    judgement = judge_rules(reply("liking_to_ignore_angry_customers"), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict != Verdict.PASS


def test_honestly_before_the_speaker_is_an_aside() -> None:
    # "honestly we ..." with no comma is the speaker's aside, not honesty with anyone (tips.py _aside); what is
    # left hands the angry people to the moderators: no tip of the candidate's own.
    judgement = judge_rules(reply("honestly_we_leave_them_to_the_moderators"), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict != Verdict.PASS
