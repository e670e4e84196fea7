"""A counted thing named by a compound is its last noun (issue 9 item 2: a grammar of measurement): English compounds
end in their head, and a noun of something that happens ("closure", "completion", "retention") heads one as a plural
noun does ("first time posters"). So "rate of ticket closure" measures closures, not tickets, and is not the same
metric as "number of outstanding tickets"; alternatives written with a slash ("email / ticket closure") are one
compound."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Hi,\n\nWe run support in Zendesk and listen with Radian6.\n\n"
_TIP = "\n\nAngry customers: listen first and apologise.\n\nThanks"


def _metrics(answer: str) -> tuple[str, ...]:
    return judge_rules(f"{_TOOLS}{answer}{_TIP}", EvaluationSettings()).criteria["metrics"].evidence


@pytest.mark.parametrize("answer, closure", [
    ("Customer satisfaction. Number of outstanding emails / tickets. Rate of email / ticket closure.",
     "Rate of email / ticket closure"),
    ("I watch customer satisfaction, the number of open tickets and the rate of ticket closure.",
     "rate of ticket closure"),
    ("CSAT, the number of open tickets, and the percentage of refund completion within three days.",
     "percentage of refund completion"),
])
def test_a_happening_heads_its_compound(answer: str, closure: str) -> None:
    evidence = _metrics(answer)
    assert closure in evidence and len(evidence) == 3, evidence


def test_a_plural_noun_still_heads_first() -> None:
    # "number of first time posters": the plural noun is the head, as before.
    evidence = _metrics("I watch CSAT, the number of first time posters and the number of open tickets.")
    assert "number of first time posters" in evidence and len(evidence) == 3, evidence


def test_the_same_thing_counted_twice_counts_once() -> None:
    evidence = _metrics("I watch the number of open tickets, the share of open tickets and CSAT.")
    assert len(evidence) == 2, evidence
