"""A figure reported after a verb in quote marks is reported as one (metric_frames._VERB_BEFORE_FIGURE): 'Facebook
showed our post was shared 68 times, "liked" more than 1,000 times and reached more than 31,000 people' reports
shares, likes and reach."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


@pytest.mark.parametrize("text", [
    'Facebook showed our post was shared 68 times, "liked" more than 1,000 times and reached more than 31,000 people.',
    "Facebook showed our post was shared 68 times, “liked” more than 1,000 times and reached more than 31,000 people.",
])
def test_a_figure_after_a_quoted_verb_is_reported(text: str) -> None:
    assert find_metrics(Reading.of(text, "en"), doubt_below=3).count == 3
