"""A colon a few words after the word "metrics" opens a list the reply calls metrics (issue 9 item 2): "Five metrics
that matter: Calls, Bookings, Directions, Website clicks, Search terms" names five, as "metrics like ..." would. A
label ("Metrics:") opens the answer instead, and a clause after the colon ("it depends") names nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Hi,\n\nI post with Hootsuite and design in Canva.\n\n"
_TIP = "\n\nAngry customers: listen first and apologise.\n\nThanks"


def _metrics(answer: str) -> tuple[bool, tuple[str, ...]]:
    criterion = judge_rules(f"{_TOOLS}{answer}{_TIP}", EvaluationSettings()).criteria["metrics"]
    return criterion.met, criterion.evidence


@pytest.mark.parametrize("answer, item", [
    ("Five metrics that matter: Calls, Bookings, Directions, Website clicks, Search terms.", "Directions"),
    ("The KPIs we report monthly: showings, applications and move-ins.", "move-ins"),
    ("Performance indicators that our owners ask about — showings, applications and renewals.", "renewals"),
])
def test_items_after_metrics_and_a_colon_are_metrics(answer: str, item: str) -> None:
    met, evidence = _metrics(answer)
    assert met and item in evidence, evidence


@pytest.mark.parametrize("answer", [
    "Our metrics are simple: it depends, really, and we guess.",
    "The metrics question is hard: showings, sure, but what else?",
])
def test_a_clause_after_the_colon_names_nothing(answer: str) -> None:
    met, _ = _metrics(answer)
    assert not met
