"""A share or a count of people who do something counts what they do, even when the people's own name is a metric:
"the percentage of subscribers who open the email" is an open rate, a metric apart from subscribers; "49% of
subscribers that even open the email I send" too. The people alone ("the percentage of subscribers") stay the
subscribers."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Finding, Reading


def _found(text: str) -> Finding:
    return find_metrics(Reading.of(text, "en"), doubt_below=3)


@pytest.mark.parametrize("text", [
    "I watch subscribers, sales and the percentage of subscribers who open the email.",
    "We track followers, sales, and how many of our followers that actually open a story.",
    "My subscribers grew and sales held, but only about 49% of subscribers that even open the email I send.",
])
def test_the_share_of_people_who_act_is_a_metric_apart_from_the_people(text: str) -> None:
    found = _found(text)
    assert found.count == 3, found


def test_the_share_of_the_people_alone_is_the_people() -> None:
    assert _found("I watch subscribers, sales and the percentage of subscribers.").count == 2
