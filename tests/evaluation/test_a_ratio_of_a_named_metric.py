"""A ratio of a named metric is a metric of its own, not the named one (metric_frames._measured, `_RATIO_HEADS`):
"the follower ratio" is no count of followers, "a likes-to-followers ratio" no count of likes, so "followers, the
follower ratio and reach" names three. A move told by where it started makes its sentence one about metrics
("my following/follower ratio went from roughly 1:1 to nearly 3:1"; metric_frames.toml [trends] "went from"); "I went
from Hootsuite to Buffer" moves no number."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def _evidence(text: str) -> tuple[str, ...]:
    return find_metrics(Reading.of(text, "en"), doubt_below=3).evidence


@pytest.mark.parametrize(("text", "evidence"), [
    ("I watch followers, the follower ratio and reach.", ("followers", "follower ratio", "reach")),
    ("I watch the likes-to-followers ratio, reach and saves.", ("likes-to-followers ratio", "reach", "saves")),
    ("My following/follower ratio went from roughly 1:1, to 2:1, to nearly 3:1.", ("follower ratio",)),
])
def test_a_ratio_of_a_named_metric_is_its_own(text: str, evidence: tuple[str, ...]) -> None:
    assert _evidence(text) == evidence


@pytest.mark.parametrize("text", ["I went from Hootsuite to Buffer last year.", "We went from three people to five."])
def test_going_from_one_thing_to_another_moves_no_number(text: str) -> None:
    assert _evidence(text) == ()
