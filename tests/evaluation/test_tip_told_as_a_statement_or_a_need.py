"""Tips told as a statement, a mood phrase around an aside, or what the angry people need (issue 9 items 3, 5).

Real tips are often no instruction at all:
- a valuing statement after an opinion lead-in or a phrase set off by a comma ("I think a fast reply defuses
  most angry customers", "With upset customers, a reply from a real person with a name beats any template"),
  or whose subject's head noun has words after it ("a short reply SIGNED by a real person calms them down"):
  the subject opens after the lead-in (advice.toml [statement_leads]) and its head is the word before what
  modifies it ([subject_modifiers], or an English past participle); a subject opening with a gerund is that
  action ("deleting the comment of an angry customer beats arguing" values deleting, no tip);
- a mood phrase with words or an aside between ("it's really important, especially in public threads, to stay
  calm"; "it's ... important" in [mood]), unless a negation stands in the gap ("It's not important, in my
  opinion, to reply");
- what the angry people need, said of them ("Most angry customers just want to be heard", and the same told
  after "that": "the one thing I've learned is that people mostly want to feel listened to"): the advice is
  implied, so a person decides, as for "they want empathy" before (tips.toml [actions] and [handling]: being
  heard, listened to, understood, taken seriously).
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES

TIP = "angry_customer_tip"


def evaluate(name: str) -> dict[str, Any]:
    return evaluate_bytes((FIXTURES / f"{name}.eml").read_bytes(), Settings())


@pytest.mark.parametrize("scenario", [
    "statement_i_think_a_fast_reply_defuses_them",
    "statement_a_reply_from_a_named_person_beats_a_template",
    "statement_a_reply_signed_by_a_person_calms_them",
    "mood_important_with_an_aside_to_stay_calm",
])
def test_the_tip_passes(scenario: str) -> None:
    result = evaluate(scenario)
    assert result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "pass", result


@pytest.mark.parametrize("scenario", [
    "statement_deleting_their_comment_beats_arguing",
    "mood_not_important_with_an_aside",
])
def test_valuing_another_act_or_a_negated_mood_is_no_tip(scenario: str) -> None:
    result = evaluate(scenario)
    assert not result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "fail", result


@pytest.mark.parametrize("scenario", [
    "need_angry_customers_want_to_be_heard",
    "need_learned_that_people_want_to_feel_heard",
])
def test_what_the_angry_people_need_goes_to_a_person(scenario: str) -> None:
    result = evaluate(scenario)
    assert not result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "needs_review", result
    assert any(note.startswith("what the angry people want") for note in result["criteria"][TIP]["notes"])
