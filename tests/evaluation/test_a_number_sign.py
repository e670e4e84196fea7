""""No." before a number is a number sign, not the end of a sentence (text._NUMBER_SIGN): "The amount of time someone
stays on the page is the No. 1 important metric for me to track" is one sentence naming one metric. "No." before
anything else still ends its sentence."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def sentences_of(text: str) -> list[str]:
    reading = Reading.of(text, "en")
    return [text[s.start : s.end] for s in reading.layout.sentences]


@pytest.mark.parametrize("text", [
    "Time on page is the No. 1 metric for me.",
    "Response time is my no. 2 metric.",
])
def test_no_before_a_number_is_a_number_sign(text: str) -> None:
    assert sentences_of(text) == [text]


def test_no_before_anything_else_ends_a_sentence() -> None:
    assert sentences_of("I said No. Then I left.") == ["I said No.", "Then I left."]


def test_a_metric_called_number_one_is_named() -> None:
    text = "The amount of time someone stays on the page is the No. 1 important metric for me to track."
    assert find_metrics(Reading.of(text, "en")).count == 1
