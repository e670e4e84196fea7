"""A rare word typed in lower case after a usage frame is a product name only if it is no participle (issue 9 item 1:
product-like names, rare as ordinary words): "our agents use predefined answers" names no tool "predefined", while "i
use metricool and planoly" still names two."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nMetrics: reach, saves and CTR.\n\nTip: listen first and apologise to angry customers.\n\nThanks"


def test_a_participle_after_use_is_no_tool() -> None:
    reply = f"Hi,\n\nIn most cases our customer service agents use predefined answers. We schedule in Buffer.{_REST}"
    criterion = judge_rules(reply, EvaluationSettings()).criteria["tools"]
    assert criterion.evidence == ("Buffer",) and not criterion.met, criterion


def test_names_typed_in_lower_case_still_count() -> None:
    criterion = judge_rules(f"hi\n\ni use metricool and planoly{_REST}", EvaluationSettings()).criteria["tools"]
    assert criterion.met and len(criterion.evidence) == 2, criterion
