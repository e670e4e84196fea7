"""The last paragraph answers the third question as a whole: a line that starts after one ending a sentence opens a
block of its own, but the paragraph's plain lines before it are the same answer ("... Keep your answers short and lower
your tone.\\nIt is not a script, just a habit that keeps\\nthings from boiling over."). Lines with a label, a number, a
bullet or a tool or metric in them are other answers."""
from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ABOVE = "Hi,\n\nI use Buffer and Canva every day.\n\nI watch reach, saves and CTR each week.\n\n"
TIP = "angry_customer_tip"


def test_advice_on_a_line_before_the_paragraphs_last_lines_is_the_tip() -> None:
    reply = _ABOVE + ("Some days half the inbox is furious customers. Keep your answers short and lower your tone.\n"
                      "It is not a script, just a habit that keeps\nthings from boiling over.")
    judgement = judge_rules(reply, EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS, judgement


def test_a_line_of_metrics_before_the_last_line_is_another_answer() -> None:
    # Tools and metrics typed on lines of one paragraph: the metrics line is no part of the tip's answer, and a last
    # line about something else is still no tip.
    reply = ("Hi,\n\nI use Buffer and Canva every day.\nI watch reach, saves and CTR each week.\n"
             "Posting early in the morning works best for us.\n\nThanks")
    judgement = judge_rules(reply, EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement
