""""Not enough" and "not the only one" add, they do not deny (issue 9 item 4: negation with scope).

"Tracking the net increase in followers isn't enough–you need to track the number of members who have
unsubscribed": "isn't" cancelled the metric after it, across a dash typed without spaces. A dash now opens a
clause of its own, spaced or not, and "isn't enough", "is not the only" are phrases that hold a negation word
but deny nothing (negation.toml [boundaries], [not_cues]).
"""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


@pytest.mark.parametrize("text", [
    "Watching follower growth isn't enough–you need to track churn and the response rate too.",
    "Watching follower growth is not enough, you need to track churn and the response rate too.",
    "Follower growth is not the only number, I also track churn and the response rate.",
])
def test_what_is_not_enough_still_counts_with_what_follows(text: str) -> None:
    found = find_metrics(Reading.of(text, "en"), doubt_below=3)
    assert found.count == 3, found


def test_a_plain_denial_still_denies() -> None:
    found = find_metrics(Reading.of("I don't track churn or the response rate.", "en"), doubt_below=3)
    assert found.count == 0, found
