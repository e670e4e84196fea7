"""The words an advice sentence tells to say run on in its quote: a sentence after it on the same line, while the
double quote mark it opened is still open, is told as advice too."""
from __future__ import annotations

import pytest

from bot.evaluation.advice import Advice
from bot.evaluation.reading import Reading


def _told(text: str) -> list[str]:
    reading = Reading.of(text, "en")
    sentences = reading.layout.sentences
    return [text[sentences[i].start : sentences[i].end] for i in sorted(Advice.of(reading).advice)]


@pytest.mark.parametrize("text", [
    'It does not take much to say "That sounds really unpleasant. I\'m sorry you had to experience that."',
    "Just tell them “Thanks for your patience. We will refund the order today.”",
])
def test_the_quoted_words_after_the_advice_are_told(text: str) -> None:
    assert len(_told(text)) == 2, _told(text)


@pytest.mark.parametrize("text", [
    'It does not take much to say "sorry." We had a rough launch last week.',
    'It does not take much to say "sorry.\nWe had a rough launch last week."',
    'A customer wrote "This is awful. I want a refund." We answered the same day.',
])
def test_a_closed_quote_another_line_or_no_advice_tells_nothing_more(text: str) -> None:
    told = _told(text)
    assert not any("launch" in sentence or "refund" in sentence for sentence in told), told
