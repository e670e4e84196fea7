"""Under a label naming the tip ("Tip:", "My advice:"), every sentence is the answer to the third question, also
one that names a tool or something counted: "Tip: When a campaign flops and the number of complaints grows, you
need to talk to users before they talk about you." (bot/evaluation/answers.py, `tip_answer`). Elsewhere a sentence
naming tools or metrics answers those questions; under the tip's label the candidate has said which question it
answers. What the sentence says still decides: a tool or a metric under the label with no advice is no tip."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def _judge(tip: str) -> tuple[Verdict, bool]:
    reply = f"Hi,\n\nTools: Hootsuite and Canva.\n\nMetrics: reach, engagement rate and CTR.\n\nTip: {tip}\n\nThanks"
    judgement = judge_rules(reply, EvaluationSettings())
    return judgement.verdict, judgement.criteria["angry_customer_tip"].met


@pytest.mark.parametrize("tip", [
    "When a campaign flops and the number of complaints grows, you need to talk to users before they talk about you.",
    "When the number of complaints jumps after a release, call the loudest users yourself and listen.",
])
def test_a_sentence_naming_something_counted_under_the_tip_label_is_the_tip(tip: str) -> None:
    assert _judge(tip) == (Verdict.PASS, True)


@pytest.mark.parametrize("tip", [
    "I love Hootsuite and Canva.",
    "Our number of complaints went down last year.",
])
def test_a_tool_or_a_count_under_the_tip_label_with_no_advice_is_no_tip(tip: str) -> None:
    assert _judge(tip)[1] is False
