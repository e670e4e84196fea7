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
