"""Metrics told by what people do or what is done to a post (issue 9 item 2: metrics as people phrase them).
"people who join the group, people who click through to the store" counts joining and clicking with no
quantity word; "is each post getting seen, saved and shared?" lists three counted actions as participles after
a passive word. Not a count: people something is done to ("I reply to people who comment"), and a single
participle ("complaints get answered") is something done, not watched.
"""

from __future__ import annotations

import pytest

from bot.evaluation import metric_frames, metrics
from bot.evaluation.reading import Reading
from tests.evaluation.steps import steps
from tests.evaluation.test_offline import evaluate

_FILES = frozenset({metrics.__file__, metric_frames.__file__})
_MAX_GROWTH = 16


@pytest.mark.parametrize(("name", "metrics", "verdict"), [
    ("metrics_people_counted_by_what_they_do.eml",
     ["people who join", "people who click", "people who unfollow"], "pass"),
    ("metrics_done_in_a_list_of_participles.eml", ["seen", "saved", "shared"], "pass"),
    ("metrics_people_served_are_no_count.eml", ["reach"], "fail"),
])
def test_metrics_counted_by_what_is_done(name: str, metrics: list[str], verdict: str) -> None:
    result = evaluate(name)
    assert result["criteria"]["metrics"]["evidence"] == metrics, result["criteria"]["metrics"]
    assert result["verdict"] == verdict


@pytest.mark.parametrize("line", [
    "people who click, people who join and people who liked/reacted, commented, clicked, or shared, ",
    "is being seen, saved, shared, liked, clicked, got liked, shared and saved, ",
    "I track people who click. ",
])
def test_lists_of_what_is_done_are_read_in_linear_work(line: str) -> None:
    def run(size: int) -> int:
        reading = Reading.of(line * size, "en")
        metrics.find_metrics(reading)  # warm: the lexicons load outside the count
        return steps(lambda: metrics.find_metrics(reading), _FILES)

    assert run(8 * 40) / run(40) < _MAX_GROWTH


@pytest.mark.parametrize(("text", "evidence"), [
    # Who they are said first: a count of posting members, not of new ones, beside the list's other metrics.
    ("What I watch: weekly active users, new members who post in their first week, and reports per thousand "
     "messages.", ("weekly active users", "members who post", "reports per")),
    ("Metrics: returning customers who buy again, reach, saves.", ("customers who buy", "reach", "saves")),
])
def test_people_described_then_counted_by_what_they_do(text: str, evidence: tuple[str, ...]) -> None:
    assert metrics.find_metrics(Reading.of(text, "en")).evidence == evidence


def test_people_something_is_done_to_after_a_description_are_no_count() -> None:
    assert metrics.find_metrics(Reading.of("I reply to new members who post rude things.", "en")).count == 0
