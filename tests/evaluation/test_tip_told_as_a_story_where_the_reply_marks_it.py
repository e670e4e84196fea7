"""Where the reply itself marks its tip (a label, "3)", the quoted question), a story of what the candidate did with
a person, in words no list knows, may answer the question by example: a person decides, not a fail. Without that
mark (a last paragraph only) such a story stays no tip (bot/evaluation/tips.py `_answer_decides`)."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


def test_a_story_under_the_tip_label_goes_to_a_person(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_story_in_unknown_words_under_a_label"), thresholds)
    assert judgement.verdict == Verdict.NEEDS_REVIEW, judgement
    assert not judgement.criteria[TIP].met
    assert any("told as a story" in note for note in judgement.criteria[TIP].notes), judgement.criteria[TIP].notes


def test_the_same_kind_of_story_in_a_last_paragraph_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("story_in_unknown_words_in_the_last_paragraph"), thresholds)
    assert judgement.verdict == Verdict.FAIL, judgement
