"""An everyday word that may name a metric ("users", "interactions", "reach", "views") counts in a sentence about
metrics, beside a certain metric, or as an item of a list; two of them apart in a sentence that explains something
are not a list of metrics (bot/evaluation/metrics.py `_in_a_list`)."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def evidence(text: str) -> tuple[str, ...]:
    return find_metrics(Reading.of(text, "en")).evidence


@pytest.mark.parametrize("text", [
    "People stay because users enjoy the interactions with each other and nobody feels left out.",
    "Our posts got views from people who had never seen our reach before we moved shops.",
])
def test_everyday_words_apart_in_an_explaining_sentence_are_no_metrics(text: str) -> None:
    assert evidence(text) == ()


@pytest.mark.parametrize(("text", "count"), [
    ("Views, interactions and saves went up after we moved the posts to the evening.", 3),
    ("The interactions / views of each video tell us which topics land.", 2),
    ("Every Friday the views and interactions both went up when we ran the quiz.", 2),
])
def test_everyday_words_joined_as_a_list_are_metrics(text: str, count: int) -> None:
    assert len(evidence(text)) == count


def test_an_everyday_word_beside_a_certain_metric_counts() -> None:
    assert len(evidence("People enjoy the interactions, and our response time shows we care.")) == 2


def test_a_reply_whose_only_metrics_are_words_explaining_its_community_fails() -> None:
    from bot.evaluation.offline import evaluate_bytes
    from bot.settings import Settings
    from tests.evaluation.conftest import FIXTURES

    result = evaluate_bytes((FIXTURES / "everyday_metric_words_explaining_a_community.eml").read_bytes(), Settings())
    assert result["criteria"]["metrics"]["met"] is False
    assert result["verdict"] == "fail"
