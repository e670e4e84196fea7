"""A line in a paragraph of labelled metric lines is an item of that list though its label holds a word of trouble
("Complaints versus Praise – We chart one line for each."): it does not head the tip's answer, so the advice in the
last paragraph is read as the tip. A label naming the tip under a line labelled "Metrics:" (no metric in that label)
still heads it."""
from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

TIP = "angry_customer_tip"
_REPLY = (
    'Hey Sam!\n'
    '\n'
    'To be clear up front. I like Figma and Buffer a lot. Both made polished visuals easy for a small team and I use'
    ' them. Many of my clients use them too.\n'
    '\n'
    'Total # of Mentions – We chart it weekly so we can see the trend.\n'
    'Mentions sorted by type -We split these into 3 groups: Questions, Complaints, and Praise.\n'
    'Complaints versus Praise – We chart one line for each. We aim for at least as much praise.\n'
    'Response time matters most and the way to cut it is to have people on shift when your customers are posting.\n'
    '\n'
    'Now and then we meet customers who are past upset and truly furious. Speak more softly and more slowly than the'
    ' person in front of you.\n'
)


def test_a_trouble_word_in_a_metric_lines_label_heads_no_tip() -> None:
    judgement = judge_rules(_REPLY, EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS, judgement


def test_a_tip_label_under_a_metrics_label_still_heads_the_tip() -> None:
    reply = ("Hi,\n\nI use Buffer and Canva every day.\nMetrics: reach, saves and CTR.\n"
             "Complaints: hear them out before you answer, then apologise once.\n\nThanks")
    judgement = judge_rules(reply, EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS, judgement
