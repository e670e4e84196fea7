"""A list the reply calls metrics names metrics in whatever words (issue 9 item 2), however short: "key performance
indicators like Days on Market (DOM) and lead-to-tour ratios" names two, as "KPIs like ..." does, and an item's gloss
in brackets names it again, not a second thing. A list nobody calls metrics still needs three items."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Hi,\n\nI plan posts in Planoly and design in Canva.\n\n"
_TIP = "\n\nAngry customers: listen first and apologise.\n\nThanks"


def _metrics(answer: str) -> tuple[str, ...]:
    return judge_rules(f"{_TOOLS}{answer}{_TIP}", EvaluationSettings()).criteria["metrics"].evidence


@pytest.mark.parametrize("answer", [
    "From my experience tracking key performance indicators like Days on Market (DOM) and lead-to-tour ratios, I "
    "understand the importance of proactive management. Work order completion within 3 days matters too.",
    "I track KPIs like days on market and showing turnout, and the CSAT of our residents.",
    "The performance indicators I watch include days on market and lead-to-tour ratio, plus CSAT.",
])
def test_two_items_of_a_list_called_metrics_count(answer: str) -> None:
    evidence = _metrics(answer)
    assert len(evidence) == 3, evidence


def test_a_gloss_in_brackets_is_no_second_item() -> None:
    evidence = _metrics("I track KPIs like Days on Market (DOM), showing turnout and CSAT.")
    assert "Days on Market" in evidence and "DOM" not in " ".join(evidence).replace("Days on Market", ""), evidence


@pytest.mark.parametrize("answer", [
    "We keep an eye on things like these and those, nothing more.",
    "I track days on market and showing turnout for the owners.",
])
def test_two_items_nobody_calls_metrics_are_no_list(answer: str) -> None:
    evidence = _metrics(answer)
    assert len(evidence) < 3, evidence
