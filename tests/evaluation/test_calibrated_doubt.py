"""Calibrated doubt (issue 9 item 5): partial evidence from a genuine attempt goes to a person, a
clear gap fails, and a complete reply in a language with thinner lexicons is not failed for words
the rules did not know."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize(("scenario", "verdict", "reasons"), [
    # Two of three metrics in a long, on-topic answer: partial evidence, a person decides.
    ("long_answer_with_two_of_three_metrics", Verdict.NEEDS_REVIEW, ("partial:metrics",)),
    # The same shortfall in a few lines is a clear gap.
    ("short_answer_with_two_metrics", Verdict.FAIL, ("missing:metrics",)),
    # One tool of two is half the answer, not a near miss.
    ("long_answer_with_one_tool", Verdict.FAIL, ("missing:tools",)),
    # Spanish, answered in full, with product names no list knows: never failed for the rules' gap; the
    # names stand in a usage frame ("Las herramientas de mi día a día son ..."), so they count ("antes de
    # salir" later in the clause is "before going out", no past: negation.toml [not_cues]).
    ("spanish_complete_answer_with_unknown_tool_names", Verdict.PASS, ()),
    # Portuguese in two paragraphs, the third metric in words no list knows: a person decides. It is an item of
    # the list the candidate watches ("Olho o alcance, a taxa de engajamento e o humor geral do público"), so the
    # doubt is that item's (test_watched_list_doubt.py), no longer partial evidence.
    ("portuguese_two_paragraphs_with_an_unknown_metric", Verdict.NEEDS_REVIEW, ("unsure:metrics",)),
    # German, three answers, the metrics in words no list knows ("wie gut unsere Beiträge ankommen"):
    # a block of its own that takes up the question ("ich schaue") goes to a person.
    ("german_metrics_in_own_words", Verdict.NEEDS_REVIEW, ("partial:metrics",)),
    # A greeting is no answer block: tools and a tip only is a clear gap.
    ("spanish_greeting_tools_and_tip_only", Verdict.FAIL, ("missing:metrics",)),
    # Two answers missing is clearly missing, in any language (a stray "Me gusta" takes up no question).
    ("spanish_answer_missing_two_criteria", Verdict.FAIL, ("missing:tools", "missing:metrics")),
    # Spanish, tools under their label named by what they do, metrics under theirs in words no list knows
    # ("el pulso de la comunidad"): both taken up, so a person decides.
    ("spanish_two_answers_in_words_the_lists_lack", Verdict.NEEDS_REVIEW, ("partial:tools", "partial:metrics")),
    # The same reply with neither tools nor any word about angry customers or a tip: a clear gap.
    ("spanish_reply_that_never_takes_up_two_questions", Verdict.FAIL, ("missing:tools", "missing:angry_customer_tip")),
])
def test_partial_evidence_is_reviewed_and_a_clear_gap_fails(scenario: str, verdict: Verdict,
                                                             reasons: tuple[str, ...],
                                                             thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.verdict == verdict, judgement
    assert set(reasons) <= set(judgement.reasons), judgement.reasons


def test_partial_evidence_never_passes(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("long_answer_with_two_of_three_metrics"), thresholds)
    assert not judgement.criteria["metrics"].met
    assert judgement.verdict != Verdict.PASS


def test_actions_beside_a_complaint_in_a_mood_no_list_knows_go_to_a_person() -> None:
    """The one paragraph answering neither the tools nor the metrics question holds action words beside an
    anger word ("work out whether the complaint is fair ... apologise"), told in verbs no list knows ("Aim to",
    "work out"): a genuine attempt a person reads, not a clear gap to fail."""
    judgement = judge_rules(reply("tip_actions_beside_a_complaint_in_no_known_mood"), EvaluationSettings())
    assert not judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.NEEDS_REVIEW, judgement
