"""A share named after whose or where it is measures a proportion, as "share of voice" does: "audience share",
"market share", "platform share" ([measures] in metric_frames.toml). The words before it must still name something
counted: "our fair share", "the lion's share", "screen share" and a "social share button" measure nothing, and
"members share photos" is something done."""

from __future__ import annotations

import pytest

from bot.evaluation.language import detect_language
from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def _metrics(text: str) -> list[str]:
    return list(find_metrics(Reading.of(text, detect_language(text))).evidence)


@pytest.mark.parametrize(("text", "said"), [
    ("Agents also need to track audience share, engagement and impressions.", "audience share"),
    ("We watch our market share against the two other venues in town.", "market share"),
    ("Each month I report platform share, plays and completion.", "platform share"),
])
def test_a_share_named_after_what_it_divides_is_a_metric(text: str, said: str) -> None:
    assert said in _metrics(text)


@pytest.mark.parametrize("text", [
    "We did our fair share of posting last spring.",
    "The lion's share of my week goes to the forum.",
    "I use screen share a lot on support calls.",
    "We added a social share button to every article.",
    "Our members share photos every day.",
])
def test_a_share_of_something_done_measures_nothing(text: str) -> None:
    assert not any("share" in said for said in _metrics(text))
