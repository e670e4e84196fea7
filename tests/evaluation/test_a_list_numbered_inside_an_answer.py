"""A list numbered inside an answer ("1. Tools come in three kinds:" over "  1. Listening", "  2. Publishing",
"  3. Analysis", then "2." and "3." at the margin) belongs to that answer: its numbers stand further in than the
answers' own, so the answer numbered 3 is the one at the margin, not the third item of the inner list, and the inner
items' labels ("Listening:") name items of that answer, not answers. Where every
number stands at the same place, each is read as before."""

from __future__ import annotations

from bot.evaluation.answers import blocks, metrics_answer, tools_answer
from bot.evaluation.reading import Reading
from bot.evaluation.tips import find_tip

NESTED = ("Hi there,\n\n"
          "1. I sort my tools in three kinds:\n"
          "  1. Listening: Brandwatch for what people say about us.\n"
          "  2. Publishing: Buffer for the calendar.\n"
          "  3. Analysis: a spreadsheet of our competitors.\n"
          "2. Reach, saves and response time, every week.\n"
          "3. Whether it's a rave or a rant, it's always a smart move to slide into their DMs and chat.\n\n"
          "Thanks,\nRobin")


def _index(reading: Reading, words: str) -> int:
    return reading.layout.index_at(reading.text.index(words))


def test_the_answer_numbered_three_is_at_the_margin() -> None:
    reading = Reading.of(NESTED, "en")
    tip = find_tip(reading)
    assert tip.count >= 1
    assert any("smart move" in e for e in tip.evidence)


def test_the_inner_list_is_part_of_the_tools_answer() -> None:
    reading = Reading.of(NESTED, "en")
    answered = tools_answer(reading)
    assert {_index(reading, "Brandwatch"), _index(reading, "Buffer for")} <= answered
    assert _index(reading, "Reach, saves") not in answered


def test_the_metrics_answer_is_the_second_at_the_margin() -> None:
    reading = Reading.of(NESTED, "en")
    assert _index(reading, "Reach, saves") in metrics_answer(reading).sentences
    assert _index(reading, "Publishing") not in metrics_answer(reading).sentences


def test_numbers_at_one_place_are_each_an_answer() -> None:
    reading = Reading.of("Hi,\n\n1. I use Buffer and Canva.\n2. Reach, saves and clicks.\n3. Stay calm and listen.\n",
                         "en")
    assert sorted(b.number for b in blocks(reading) if b.number is not None) == [1, 2, 3]


def test_a_list_indented_under_its_answer_keeps_no_number_of_its_own() -> None:
    reading = Reading.of(NESTED, "en")
    numbers = [b.number for b in blocks(reading) if b.number is not None]
    assert numbers == [1, 2, 3]
