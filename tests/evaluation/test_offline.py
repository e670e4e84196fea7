"""`endorsebot evaluate`'s JSON object for one raw message (DESIGN.md's offline contract)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.evaluation.offline import evaluate_bytes
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "evaluation"


def evaluate(name: str) -> dict[str, Any]:
    return evaluate_bytes((FIXTURES / name).read_bytes(), Settings())


def test_a_reply_is_judged_on_its_own_words_not_the_quoted_request() -> None:
    result = evaluate("gmail_reply_quoting_the_request.eml")
    assert result["kind"] == "reply"
    assert result["verdict"] == "pass"
    criteria = result["criteria"]
    assert isinstance(criteria, dict)
    assert {k: criteria["tools"][k] for k in ("met", "evidence", "source")} == {
        "met": True, "evidence": ["Loomly", "Mention"], "source": "rules"}
    assert criteria["metrics"]["evidence"] == ["reach", "saves", "first response time"]
    assert "Hootsuite" not in str(result["reply_text"])
    assert result["language"] == "en"
    assert result["reasons"] == []


def test_an_auto_reply_is_not_evaluated() -> None:
    result = evaluate("out_of_office_auto_reply.eml")
    assert result["kind"] == "auto_reply"
    assert result["verdict"] == "not_evaluated"
    assert result["criteria"] is None
    assert "error" not in result


def test_hidden_instructions_are_flagged_and_do_not_pass() -> None:
    result = evaluate("html_reply_with_hidden_instructions.eml")
    assert result["verdict"] == "fail"
    assert result["manipulation"] is True
    assert "manipulation" in result["reasons"]


def test_garbage_still_gets_an_object_with_the_contract_keys() -> None:
    result = evaluate_bytes(b"\x00\x01 not a message", Settings())
    assert {"kind", "verdict", "criteria", "reply_text"} <= set(result)
    assert result["verdict"] in {"not_evaluated", "fail", "needs_review"}


def test_a_tip_written_under_a_quoted_question_about_angry_customers_counts() -> None:
    result = evaluate("tip_answering_a_quoted_anger_question.eml")
    assert result["verdict"] == "pass"
    tip = result["criteria"]["angry_customer_tip"]
    assert "apologise sincerely" in tip["evidence"]
    assert "angry" not in str(result["reply_text"])  # the question gave context, not evidence


def test_the_whole_request_quoted_above_an_answer_does_not_turn_any_action_into_a_tip() -> None:
    result = evaluate("bottom_posted_action_without_anger_words.eml")
    assert result["verdict"] == "needs_review"
    assert result["reasons"] == ["unsure:angry_customer_tip"]


def test_answers_in_an_html_table_are_read_row_by_row() -> None:
    result = evaluate("html_table_of_answers.eml")
    assert result["verdict"] == "pass"
    assert "Angry customers | I listen" in result["reply_text"]


def test_content_advice_under_the_quoted_anger_question_is_not_passed() -> None:
    """"Respond quickly to trends" under the tip question is advice about content: the question says
    whom a tip would be for, not that any instruction is one. A reply aimed at a thing that is neither a
    person nor the conversation is no handling action at all, so the tip is clearly missing."""
    result = evaluate("content_advice_under_the_quoted_anger_question.eml")
    assert result["verdict"] == "fail", result


def test_one_handling_action_under_the_quoted_tip_question_passes() -> None:
    """"Listen first and talk later." under the quoted tip question: every word is about the conversation, so the
    question says whom it is for; "Breathe slowly before your yoga class." there names another target."""
    assert evaluate("one_handling_action_under_the_quoted_question.eml")["verdict"] == "pass"
    assert evaluate("breathing_for_yoga_under_the_quoted_question.eml")["verdict"] != "pass"


def test_terse_answers_under_quoted_questions_are_sentences_not_a_keyword_list() -> None:
    """Short answers under each quoted question, the last an instruction that ends its sentence
    ("Stay polite, always."), are an answer, not a list of keywords."""
    result = evaluate("terse_answers_under_quoted_questions.eml")
    assert result["verdict"] == "pass", result


def test_advice_under_the_quoted_tip_question_in_spanish_goes_to_a_person() -> None:
    """Advice in Spanish where the reply marks its tip, in words the Spanish lists do not know, is not
    failed for those words: a person decides."""
    result = evaluate("spanish_advice_under_the_quoted_tip_question.eml")
    assert result["verdict"] == "needs_review", result
