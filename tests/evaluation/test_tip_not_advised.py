"""Words in the tip's place that advise nothing are no tip (issue 9 item 3: advice mood, not any mention).

A verb inside a condition is the condition's ("... if you let them": with no handling action, no
advice); advice the reply says does not work
("..., but I'm not convinced it works", "Never worked for me."); advice asked as a question and refused
with a bare "Never."; a reply aimed at a thing ("Reply quickly to new formats"); "no clue" declining the
question. Good advice in the same shapes stays a tip.
"""

from __future__ import annotations

import pytest

from bot.evaluation.advice import Advice
from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply
from tests.evaluation.test_offline import evaluate

TIP = "angry_customer_tip"


@pytest.mark.parametrize("scenario", [
    "tip_tried_and_rejected_in_the_next_sentence",
    "reply_fast_to_formats_in_the_last_paragraph",
    "tip_declined_with_no_clue",
])
def test_words_that_advise_nothing_are_no_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria["tools"].met and judgement.criteria["metrics"].met
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.FAIL


def test_a_description_with_a_condition_is_no_tip() -> None:
    # "... if you let them": its only instruction verb is the condition's; with no handling action a
    # person decides, and nothing passes.
    judgement = judge_rules(reply("tip_permitted_inside_a_condition"), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict != Verdict.PASS


@pytest.mark.parametrize("scenario", [
    "tip_refused_with_never_under_the_quoted_question",
    "tip_relayed_and_doubted_under_the_quoted_question",
    # Advice the reply disowns in the next sentence: skipped, "easier said than done", "not my style".
    "tip_relayed_then_skipped_under_the_quoted_question",
    "tip_called_easier_said_than_done_under_the_quoted_question",
    "tip_relayed_then_not_my_style_under_the_quoted_question",
])
def test_advice_refused_or_doubted_in_the_tips_place_is_no_tip(scenario: str) -> None:
    result = evaluate(f"{scenario}.eml")
    assert result["criteria"]["tools"]["met"] and result["criteria"]["metrics"]["met"]
    assert not result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] != "pass"


@pytest.mark.parametrize("scenario", [
    # "it never works" after a negated action confirms the advice against arguing.
    "tip_against_arguing_that_never_works",
    # The condition sets the scene; the instruction comes after its comma.
    "tip_with_a_condition_then_advice",
])
def test_advice_in_the_same_shapes_is_the_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize(("sentence", "conditional"), [
    # The only instruction verb stands in a condition with its own subject.
    ("They will walk all over you if you let them.", True),
    ("Critics take over the whole thread if you let them.", True),
    # The speaker comes in after the condition, or the instruction follows it.
    ("If someone is furious in the comments I answer within minutes.", False),
    ("When you reply, stay calm.", False),
    ("Make sure you listen if you can.", False),
])
def test_a_verb_after_a_condition_and_its_subject_is_told_only_in_that_condition(
        sentence: str, conditional: bool) -> None:
    advice = Advice.of(Reading.of(sentence, "en"))
    assert advice.advice == {0}
    assert (0 in advice.weakly_told) is conditional


def test_advice_passed_on_and_kept_is_the_tip() -> None:
    result = evaluate("tip_relayed_and_kept_under_the_quoted_question.eml")
    assert result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "pass"


@pytest.mark.parametrize("scenario", [
    # Advice passed on from a handbook or a boss, then set against what the speaker does.
    "tip_relayed_then_contrasted_with_what_i_do",
    "tip_relayed_then_contrasted_in_the_next_sentence",
])
def test_relayed_advice_the_speaker_sets_aside_is_no_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.FAIL


def test_handing_angry_customers_to_someone_else_is_no_tip() -> None:
    # With no handling action of the candidate's, a person decides; nothing passes.
    judgement = judge_rules(reply("angry_customers_handed_to_the_manager"), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict != Verdict.PASS


@pytest.mark.parametrize("scenario", [
    # "but I ..." after the candidate's own advice adds to it.
    "own_tip_then_but_i_keep_it_short",
    # Handing one case on, and advice for the rest.
    "money_handed_on_otherwise_own_advice",
])
def test_own_advice_beside_a_contrast_or_a_handoff_is_the_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS
