"""An everyday word that may name a metric counts right after what it counts on, as after a network's name ("YouTube
views"): "blog views", "story views", "newsletter clicks" (metric_frames.toml [counted_on]). Elsewhere it still
needs a sentence about metrics: "Views differ" after "I like my blog." names none, nor does "views on this"."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


@pytest.mark.parametrize("text", [
    "For the site I look at blog views first.",
    "Story views are the first thing I open on a Monday.",
])
def test_an_everyday_metric_word_after_what_it_counts_on_is_a_metric(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).evidence == ("views",)


@pytest.mark.parametrize("text", ["I like my blog. Views differ.", "Our blog views on this are mixed."])
def test_elsewhere_it_is_no_metric(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).evidence == ()
