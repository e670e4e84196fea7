"""In a reply numbered 1, 2, 3 like the request, an answer runs on over the paragraphs after its number up to the next
number: "2." over "Newsletter subscribers stay steady." and then a paragraph "My views aren't great. Sales held up."
is all the metrics answer, where each sentence is about metrics. The last answer's paragraphs are not extended (they
may be a sign-off), nor is an answer past a paragraph labelled for something else, and none runs past the next
number."""

from __future__ import annotations

from bot.evaluation.answers import metrics_answer, tools_answer
from bot.evaluation.reading import Reading

REPLY = ("Hi,\n\n1.\nI design in Canva.\n\nI schedule in Buffer.\n\n2.\nNewsletter subscribers stay steady.\n\n"
         "My views aren't great. Sales held up.\n\n3.\nStay calm and apologise.\n\nThanks,\nRobin")


def _index(reading: Reading, words: str) -> int:
    return reading.layout.index_at(reading.text.index(words))


def test_the_metrics_answer_runs_to_the_next_number() -> None:
    reading = Reading.of(REPLY, "en")
    assert {_index(reading, "My views"), _index(reading, "Sales held")} <= metrics_answer(reading).sentences


def test_the_tools_answer_runs_to_the_next_number() -> None:
    reading = Reading.of(REPLY, "en")
    assert _index(reading, "I schedule") in tools_answer(reading)


def test_an_answer_stops_at_the_next_number() -> None:
    reading = Reading.of(REPLY, "en")
    assert _index(reading, "Newsletter") not in tools_answer(reading)
    assert _index(reading, "Stay calm") not in metrics_answer(reading).sentences
