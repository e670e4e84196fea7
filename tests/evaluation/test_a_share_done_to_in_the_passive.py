"""A share reported with what was done to it, in the passive, is that action's rate (issue 9 item 2): "nearly a week
after sending out a newsletter, I find that just 34.7% have been opened" reports the open rate, as "the share of
subscribers who open it" names it. A share with a state that is no counted action ("40% were happy") is none."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def _metrics(answer: str) -> tuple[str, ...]:
    text = f"Hi,\n\nTools: Hootsuite and Canva.\n\nMetrics: {answer}\n\nTip: listen first and apologise.\n\nThanks"
    return judge_rules(text, EvaluationSettings()).criteria["metrics"].evidence


@pytest.mark.parametrize("reported", ["I find that just 34.7% have been opened.", "So far 41% has been shared."])
def test_a_share_done_to_is_a_rate(reported: str) -> None:
    evidence = _metrics(f"We track engagement rates and conversion rates. {reported}")
    assert len(evidence) == 3, evidence


@pytest.mark.parametrize("reported", ["Around 40% were happy.", "About 5% was late."])
def test_a_share_in_a_state_is_no_rate(reported: str) -> None:
    evidence = _metrics(f"We track engagement rates and conversion rates. {reported}")
    assert len(evidence) == 2, evidence
