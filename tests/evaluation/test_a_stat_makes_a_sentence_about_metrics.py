""""Stat" and "statistic", like "stats", "numbers" and "KPIs", make a sentence one about metrics (metrics.toml
[cues]): "The best stat is the number of posts, topics and registered users" names three counts, where an everyday
count ("number of posts") alone in a sentence about something else ("I read the number of posts someone made before
I answer") names none."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def _count(said: str) -> int:
    return find_metrics(Reading.of(f"Hi,\n\n{said}\n\nThanks", "en"), doubt_below=3).count


@pytest.mark.parametrize("said", [
    "The best stat is the total number of posts, topics and registered users.",
    "One statistic I like: the number of posts, the number of topics and the number of registered users.",
])
def test_a_stat_names_the_counts_after_it(said: str) -> None:
    assert _count(said) >= 3


def test_an_everyday_count_with_no_word_of_metrics_names_none() -> None:
    assert _count("I read the number of posts someone made before I answer them.") == 0
