"""A named metric with an -ing phrase hanging on it that ends in "per <unit>" is one metric, the named one counted per
period: "members posting per week", "users participating in discussions per month". The "per" phrase is no second
metric; apart from a named one it still counts ("posts per day", "reach, posting per week")."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Hi,\n\nI use Hootsuite and Buffer.\n"
_TIP = "\nTip: listen to angry customers before you answer.\n\nThanks"


def _metrics(watched: str) -> tuple[str, ...]:
    reply = f"{_TOOLS}I watch {watched}.{_TIP}"
    return judge_rules(reply, EvaluationSettings()).criteria["metrics"].evidence


@pytest.mark.parametrize("one", [
    "members posting per week",
    "users participating in discussions per month",
    "members posting in the forum per week",
    "new users commenting on threads per day",
])
def test_a_named_metric_counted_per_period_is_one_metric(one: str) -> None:
    found = _metrics(f"{one} and reach")
    assert len(found) == 2, found


@pytest.mark.parametrize("two", [
    "reach, posting per week",
    "reach and posts per day",
    "reach and tickets handled per day",
])
def test_a_per_phrase_of_its_own_still_counts(two: str) -> None:
    found = _metrics(two)
    assert len(found) == 2, found
