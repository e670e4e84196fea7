"""A metric cue after a list opens nothing (issue 9 item 2: metrics as people phrase them).

"It includes activity, retention, contribution, sentiment, and the context that turns data into insights": the
word "data", a metric cue, stood after every metric of its sentence and opened a list after itself, so the
sentence was no bare list and "contribution" was not read as one of its items. A cue with the sentence's metrics
all before it now opens no list; a cue before its list, or in a sentence with no metric found, still does.
"""

from __future__ import annotations

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def test_a_list_before_a_cue_is_read_as_a_bare_list() -> None:
    text = "It includes activity, retention, contribution, sentiment, and the context that turns data into insights."
    found = find_metrics(Reading.of(text, "en"), doubt_below=3)
    assert found.count >= 3, found
    assert "contribution" in found.evidence, found


def test_a_colon_list_with_no_known_metric_is_still_doubtful() -> None:
    found = find_metrics(Reading.of("What I report on: story completion, link taps, DMs received.", "en"),
                         doubt_below=3)
    assert "story completion" in found.doubtful, found
