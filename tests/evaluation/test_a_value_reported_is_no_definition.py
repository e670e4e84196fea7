"""A figure right after a metric's verb reports its value, it does not say what the metric is: "Our open rate is
40% and the percentage of readers who click is 5%" names two metrics, where "Reach is the number of people who saw
the post" defines reach by a count that is no metric of its own."""

from __future__ import annotations

import pytest

from bot.evaluation.language import detect_language
from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def _metrics(text: str) -> list[str]:
    return list(find_metrics(Reading.of(text, detect_language(text))).evidence)


@pytest.mark.parametrize(("text", "counted"), [
    ("Our open rate is 40% and the percentage of readers who click is 5%.", "percentage of readers who click"),
    ("The average open rate is 70%, and how many people unsubscribe after each mailing matters too.",
     "how many people unsubscribe"),
    ("Reach was about 4,000 last week, and the number of people who clicked doubled.",
     "number of people who clicked"),
])
def test_a_count_after_a_reported_value_is_a_metric_of_its_own(text: str, counted: str) -> None:
    assert counted in _metrics(text)


def test_a_count_defining_a_metric_is_still_no_metric_of_its_own() -> None:
    assert _metrics("Reach is the number of people who saw the post.") == ["Reach"]
