"""Checking a number, or naming a count of something, makes a sentence about metrics (issue 9 item 2): "I check clicks
for every link", "we use Actions on Page to see click counts", "I check share counts" each name a metric, as "I track
clicks" does. An everyday word with no such word beside it still counts nothing ("Check in with them and see if they
liked the fix")."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_BEFORE = "I use Hootsuite and Canva. I watch reach and likes.\n\n"
_TIP = "\n\nListen first, then apologise."


@pytest.mark.parametrize(("said", "named"), [
    ("I check clicks for various elements.", "clicks"),
    ("In addition, we use Actions on Page to see click counts for various elements.", "click counts"),
    ("I check share counts every Friday.", "share counts"),
    ("I check the click count.", "click count"),
])
def test_the_count_checked_is_a_metric(said: str, named: str, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_BEFORE + said + _TIP, thresholds).criteria["metrics"]
    assert list(metrics.evidence) == ["reach", "likes", named], metrics


def test_checking_in_with_someone_counts_nothing(thresholds: EvaluationSettings) -> None:
    said = _BEFORE + "Check in with them and see if they liked the fix." + _TIP
    assert list(judge_rules(said, thresholds).criteria["metrics"].evidence) == ["reach", "likes"]
