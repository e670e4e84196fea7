"""A line's label that no list knows, defined by a count right after it ("Peak chatters — the number of people
typing in chat at the busiest minute", "Raid returns: how many raiders are still there"), names a metric of its
own: the count says what it measures (bot/evaluation/metrics.py, `_labels_defined_by_a_count`). The metrics inside
the count are its parts, and a label naming a question ("Metrics: how many members post") names none, nor does one
naming the kind of text after it ("Definition: the number of people who contributed", metric_frames.toml
[text_labels]): there the count is the metric.
"""

from __future__ import annotations

from bot.evaluation.metrics import find_metrics
from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES


def evidence(text: str) -> tuple[str, ...]:
    return find_metrics(Reading.of(text, "en")).evidence


def test_a_label_defined_by_a_count_is_a_metric() -> None:
    assert evidence("Peak chatters — the number of people typing in chat at the busiest minute") == ("Peak chatters",)


def test_a_label_defined_by_how_many_is_a_metric() -> None:
    assert evidence("Raid returns: how many raiders are still in chat ten minutes later") == ("Raid returns",)


def test_a_label_naming_the_question_is_no_metric() -> None:
    assert "Metrics" not in evidence("Metrics: how many members post each week")


def test_a_label_naming_the_kind_of_text_leaves_the_count_the_metric() -> None:
    found = evidence("Definition: the number of people who have contributed to the forums in the last 30 days.\n"
                     "Definition: how many people clicked a search result.")
    assert "Definition" not in found
    assert any(e.startswith("number of people who have contributed") for e in found), found
    assert any(e.startswith("how many people clicked") for e in found), found


def test_a_label_defined_by_no_count_is_no_metric() -> None:
    assert evidence("Chat mood — an important factor during the stream") == ()


def test_a_reply_naming_its_metrics_so_passes() -> None:
    result = evaluate_bytes((FIXTURES / "metrics_named_by_labels_defined_by_counts.eml").read_bytes(), Settings())
    assert result["criteria"]["metrics"]["evidence"] == ["Peak chatters", "Raid returns", "shares"]
    assert result["verdict"] == "pass"


def test_a_heading_over_a_list_of_counts_is_no_metric() -> None:
    found = evidence("What matters to me: how many people we reach, how often posts get shared and how many reply.")
    assert "What matters to me" not in found


def test_a_heading_over_metrics_then_a_count_is_no_metric() -> None:
    found = evidence("Every Friday: reach, saves, and the share of questions answered the same day.")
    assert found[:2] == ("reach", "saves") and len(found) == 3 and "Every Friday" not in found


def test_a_label_in_the_speakers_words_is_no_metric() -> None:
    found = evidence("What I watch: the number of new members who post in their first week.")
    assert "What I watch" not in found
