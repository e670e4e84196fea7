"""An item of a list of metrics that sets two groups side by side ("free vs paid membership", "trial versus paying
accounts") is one metric, a split of what the list counts, though its words are small ones the list would not take
alone; it is as long as its longer side. Both sides must hold a word: "free vs the" is nothing."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Hi,\n\nI use Buffer and Canva every day.\n\n"
_TIP = "\n\nAngry customers: listen first and apologise.\n\nThanks"


def _metrics(line: str) -> tuple[str, ...]:
    return judge_rules(_TOOLS + line + _TIP, EvaluationSettings()).criteria["metrics"].evidence


@pytest.mark.parametrize("line", [
    "Number of members, free vs paid membership, attrition rates",
    "I track members, free vs paid membership and attrition rates.",
    "Number of members, trial versus paying accounts, attrition rates",
])
def test_two_groups_compared_between_metrics_are_a_metric(line: str) -> None:
    found = _metrics(line)
    assert len(found) == 3, found


def test_a_comparison_with_nothing_on_one_side_is_no_metric() -> None:
    found = _metrics("Number of members, free vs the, attrition rates")
    assert len(found) == 2, found
