"""The human-readable report of `endorsebot evaluate`."""

from __future__ import annotations

from bot.evaluation.report import mark, render_report

RESULT = {
    "file": "reply.eml",
    "kind": "reply",
    "verdict": "fail",
    "language": "en",
    "reasons": ["missing:metrics"],
    "criteria": {
        "tools": {"met": True, "evidence": ["Hootsuite", "Canva"]},
        "metrics": {"met": False, "evidence": ["reach"]},
        "angry_customer_tip": {"met": True, "evidence": ["take it to DMs"]},
    },
    "reply_text": "I use Hootsuite and Canva. I watch reach.\nAngry people: take it to DMs.",
}


def test_report_names_kind_verdict_reasons_and_each_criterion() -> None:
    report = render_report(RESULT, bold=False)
    assert report.splitlines()[0] == "reply.eml: reply, verdict fail"
    assert "Reasons: missing:metrics" in report
    assert "Tools: met (“Hootsuite”, “Canva”)" in report
    assert "Metrics: NOT met (“reach”)" in report


def test_report_marks_the_evidence_in_the_reply_text() -> None:
    report = render_report(RESULT, bold=False)
    assert "| I use [[Hootsuite]] and [[Canva]]. I watch [[reach]]." in report
    assert "| Angry people: [[take it to DMs]]." in report


def test_marks_are_bold_on_a_terminal() -> None:
    assert mark("use Canva daily", ["Canva"], bold=True) == "use \x1b[1mCanva\x1b[0m daily"


def test_a_word_inside_another_word_is_not_marked() -> None:
    assert mark("outreach and reach", ["reach"]) == "outreach and [[reach]]"


def test_a_message_that_was_not_judged_has_a_short_report() -> None:
    report = render_report({"file": "ooo.eml", "kind": "auto_reply", "verdict": "not_evaluated",
                            "criteria": None, "reply_text": ""}, bold=False)
    assert report == "ooo.eml: auto_reply, verdict not_evaluated"


def test_report_says_why_each_criterion_was_found_and_what_was_not_counted() -> None:
    result = {**RESULT, "criteria": {
        "tools": {"met": True, "evidence": ["Hootsuite", "Canva"],
                  "why": ["Hootsuite: in the tools list", "Canva: in the tools list"]},
        "angry_customer_tip": {"met": False, "evidence": [],
                               "notes": ["not aimed at angry people: reply fast"]}}}
    lines = render_report(result, bold=False).splitlines()
    tools = lines.index("  Tools: met (“Hootsuite”, “Canva”)")
    assert lines[tools + 1 : tools + 3] == [
        "    why: Hootsuite: in the tools list", "    why: Canva: in the tools list"]
    tip = lines.index("  Angry-customer tip: NOT met")
    assert lines[tip + 1] == "    note: not aimed at angry people: reply fast"


def test_report_says_in_words_why_a_criterion_went_to_a_person() -> None:
    result = {**RESULT, "verdict": "needs_review", "reasons": ["partial:metrics"]}
    lines = render_report(result, bold=False).splitlines()
    metrics = lines.index("  Metrics: NOT met (“reach”)")
    assert lines[metrics + 1].startswith("    doubt: partial evidence from a genuine attempt")
