"""A metric's name on a line of its own, then "Definition: ..." on the next, is one metric: the definition says what
the heading measures, whatever it holds."""
from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "We answer in Zendesk and schedule with Hootsuite.\n\n"
_TIP = "\n\nWith an angry customer, listen first and answer calmly.\n"


def test_two_headings_with_their_definitions_are_two_metrics() -> None:
    reply = (_TOOLS + "First Response Time\n\nDefinition: How long a member waits before the first answer.\n\n"
             "Customer Satisfaction (CSAT)\n\nDefinition: How many customers rate the answer 4 or 5." + _TIP)
    metrics = judge_rules(reply, EvaluationSettings()).criteria["metrics"]
    assert not metrics.met
    assert len(metrics.evidence) == 2, metrics.evidence


def test_a_definition_under_a_heading_that_names_no_metric_still_counts() -> None:
    reply = (_TOOLS + "Reach, saves and churn matter.\n\nOur north star\n\n"
             "Definition: how many members post each week." + _TIP)
    metrics = judge_rules(reply, EvaluationSettings()).criteria["metrics"]
    assert any("how many members" in quote.lower() for quote in metrics.evidence), metrics.evidence
