""""What works and what doesn't" denies nothing after it (issue 9 item 2): in "know what works and what doesn't, what
has been shared and what sort of referral traffic you have received" the verb of the other side is left out, and the
metrics after the comma are watched. A denial that names what it denies still denies it."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def _metrics(answer: str) -> tuple[str, ...]:
    text = f"Hi,\n\nTools: Hootsuite and Canva.\n\nMetrics: {answer}\n\nTip: listen first and apologise.\n\nThanks"
    return judge_rules(text, EvaluationSettings()).criteria["metrics"].evidence


@pytest.mark.parametrize("doesnt", ["doesn't", "doesn’t", "does not"])
def test_the_other_side_of_what_works_denies_nothing(doesnt: str) -> None:
    evidence = _metrics(f"Know what works and what {doesnt}, what sort of referral traffic you have received. "
                        "I watch reach and likes.")
    assert "referral traffic" in evidence, evidence


def test_a_denial_naming_what_it_denies_still_denies() -> None:
    assert "likes" not in _metrics("What doesn't matter to me is likes. I watch reach and saves.")
