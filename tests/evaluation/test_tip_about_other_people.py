"""Advice about people in the tip's place must be about their trouble (issue 9 items 3, 5; DESIGN.md: "a tip about
something else does not count").

Under the tip's label, or as answer 3, advice with a person in it passes as "advice about people" even with no
action word the lists know. With no handling action and no anger word, something in it must say the people
have a problem, a complaint or feelings; "invite your followers to send photos" and "send your clients a
summary" are tips about the audience and the clients, which a person reads rather than the bot passing.
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


@pytest.mark.parametrize("name", ["tip_about_followers_under_its_label", "tip_about_clients_numbered_three"])
def test_advice_about_people_with_no_trouble_in_it_goes_to_a_person(name: str) -> None:
    judgement = judge_rules(reply(name), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.NEEDS_REVIEW


def test_advice_about_a_customers_problem_is_the_tip() -> None:
    judgement = judge_rules(reply("tip_about_a_customers_problem_under_its_label"), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


def test_actions_about_nothing_but_rules_go_to_a_person() -> None:
    """"Enforce the rules the same way every time: first a warning, then a 24-hour mute, then a ban": actions under
    the tip's label with no person, anger, trouble or handling in them may be advice about moderation, not about
    angry people; a person decides. The same sanctions told about a heated member stay the tip."""
    judgement = judge_rules(reply("tip_a_sanction_ladder_under_its_label"), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.NEEDS_REVIEW
    judgement = judge_rules(reply("tip_hear_a_heated_member_out_under_its_label"), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("name", ["tip_listen_to_your_audience_under_its_label",
                                  "tip_empathy_in_your_captions_numbered_three"])
def test_handling_words_aimed_at_an_audience_or_content_go_to_a_person(name: str) -> None:
    """"Listen to your audience and give them more of the posts they ask for", "show empathy in your captions":
    handling words, but aimed at the audience or the candidate's content, with no anger or trouble word. A person
    decides whether they answer the question; the bot does not pass them."""
    judgement = judge_rules(reply(name), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.NEEDS_REVIEW
