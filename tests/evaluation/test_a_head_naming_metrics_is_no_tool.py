"""A list head that names metrics as such ("Community Management KPIs:", "Social media metrics -") labels the metrics
answer, as a head naming a metric does: it is no product beside the tools of the list."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize(("language", "reply"), [
    ("de", "Wir planen mit Hootsuite.\n\n1. Tools: Hootsuite und Canva\n"
           "2. Community Management KPIs: Antwortrate und Reaktionszeit\n\nBleib ruhig bei verärgerten Kunden.\n"),
    ("en", "1. Tools: Hootsuite\n2. Community Health Metrics - active members and churn\n\n"
           "3. Stay calm with angry members.\n"),
])
def test_a_head_naming_metrics_is_no_tool(language: str, reply: str) -> None:
    tools = judge_rules(reply, EvaluationSettings()).criteria["tools"]
    assert not any("kpi" in quote.lower() or "metric" in quote.lower() for quote in tools.evidence), tools
