"""Where the people or the visits come from is a metric (acquisition; issue 9 item 2): "Traffic Sources" in a YouTube
report, "Where are the members coming from?" under the metrics answer. Who comes must be named: "where I come from"
is no metric, and "understand where the customer is coming from" in a tip is none either."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "I schedule in Hootsuite and design in Canva.\n\n"
_TIP = "\n\nTip: listen first, then apologise."


@pytest.mark.parametrize(("said", "named"), [
    ("Metrics:\nWhat is the retention rate?\nWhere are the members coming from?\nHow many posts a day?",
     "Where are the members coming from"),
    ("I watch Watch Time and Audience Retention. Another report you may find really interesting is Traffic Sources.",
     "Traffic Sources"),
    ("I report reach and engagement rate each month, and where our new visitors came from.",
     "where our new visitors came from"),
])
def test_the_source_of_the_people_counts(said: str, named: str, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + said + _TIP, thresholds).criteria["metrics"]
    assert named in metrics.evidence, metrics
    assert metrics.met


@pytest.mark.parametrize("said", [
    "I grew up in Leeds, which is where I come from, and I watch reach and likes.",
    "I watch reach and likes.\n\nTip: Try to understand where the customer is coming from.",
])
def test_where_someone_comes_from_in_another_sense_counts_nothing(said: str, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + said, thresholds).criteria["metrics"]
    assert list(metrics.evidence) == ["reach", "likes"], metrics
