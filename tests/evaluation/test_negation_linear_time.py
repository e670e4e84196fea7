"""Hostile replies cannot make the reading of negation slow (issue 10: linear time in the message's size): a clause
of thousands of comparison cues and metrics ("reach, free vs paid membership, attrition, ...") is read near each
mention, not from the clause's start to its end for every one; a sentence of thousands of whole-sentence cues
("Hootsuite no longer, Buffer anymore, ...") is not read word by word for each. Work is counted, not timed
(tests/evaluation/steps.py): eight times the text may cost about eight times the steps; quadratic work would cost
sixty-four."""

from __future__ import annotations

import re

import pytest

from bot.evaluation import negation
from bot.evaluation.reading import Reading
from tests.evaluation.steps import steps

_FILES = frozenset({negation.__file__})
_MAX_GROWTH = 16


@pytest.mark.parametrize(("attack", "line", "word"), [
    ("one clause of comparison cues between metrics", "reach, free vs paid membership, attrition, ", "reach"),
    ("one clause of cues set aside before metrics", "likes instead of reach, ", "reach"),
])
def test_each_mention_reads_the_cues_near_it(attack: str, line: str, word: str) -> None:
    def run(size: int) -> int:
        reading = Reading.of("I use Buffer.\n\n" + line * size, "en")
        spans = [m.span() for m in re.finditer(word, reading.text)]
        reading.negation.cancelling(*spans[0], compared=False)  # warm: the lexicons load outside the count
        return steps(lambda: [reading.negation.cancelling(s, e, compared=False) for s, e in spans], _FILES)

    assert run(320) / run(40) <= _MAX_GROWTH, attack


def test_a_sentence_of_whole_sentence_cues_is_read_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # The words around each cue are split by a regex, whose work is C's, not Python lines: count the characters read.
    read = [0]
    split = negation.words

    def counted(text: str) -> list[str]:
        read[0] += len(text)
        return split(text)

    monkeypatch.setattr(negation, "words", counted)

    def run(size: int) -> int:
        read[0] = 0
        assert Reading.of("I use Buffer.\n\n" + "Hootsuite no longer, Buffer anymore, " * size, "en").negation
        return read[0]

    assert run(320) / run(40) <= _MAX_GROWTH


def test_a_denial_still_reaches_a_long_list_a_person_writes() -> None:
    names = ", ".join(f"Tool{n}" for n in range(30))  # about 220 characters of names
    reading = Reading.of(f"We don't use {names} or Hootsuite.", "en")
    start = reading.text.index("Hootsuite")
    assert reading.negation.cancelling(start, start + len("Hootsuite")) is not None
