"""What some people, others or experts take a metric to be is not yet the candidate's answer: "Some define it as
engagement or reach", "Others track reach" leave those metrics to a person (negation.toml
[soft_before_grammar]: doubtful, not counted), as "Most marketers track reach" did. "Some weeks I track ..." and the
candidate's own metrics beside another's still count."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def metrics(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found = find_metrics(Reading.of(text, "en"), doubt_below=3)
    return found.evidence, found.doubtful


def test_what_some_define_a_metric_as_is_left_to_a_person() -> None:
    counted, doubtful = metrics("Some define it as engagement (likes and comments), reach (the number of people who "
                                "saw the post) or a mix of other data.")
    assert counted == () and doubtful == ("engagement", "likes", "comments", "reach")


@pytest.mark.parametrize(("text", "counted"), [
    ("Some weeks I track reach, saves and CTR.", ("reach", "saves", "CTR")),
    ("Others track reach; I track saves, shares and replies.", ("saves", "shares", "replies")),
])
def test_the_candidates_own_metrics_still_count(text: str, counted: tuple[str, ...]) -> None:
    assert metrics(text)[0] == counted
