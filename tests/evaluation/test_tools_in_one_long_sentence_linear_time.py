"""Hostile replies cannot make the tools' reading slow (issue 10: linear time in the message's size): in one sentence
of thousands of names and commas ("Hootsuite, Buffer, Later, ..."), or of things called tools ("my phone is the tool I
use, ..."), each name's clause is read near it, not from the sentence's start for every name, and a few things called
tools are read, not thousands. The clause's turns are found by a regex whose work is C's, not Python lines: the
characters it is given are counted."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from bot.evaluation import tools
from bot.evaluation.reading import Reading

_MAX_GROWTH = 16


class _CountingPattern:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        self.read += min(endpos, len(text)) - pos
        return self.pattern.finditer(text, pos, endpos)


@pytest.mark.parametrize(("attack", "line"), [
    ("one sentence of listed names and commas", "Hootsuite, Buffer, Later, "),
    ("one sentence of things called tools", "my phone is the tool I use, "),
])
def test_one_long_sentence_of_names_is_read_in_linear_time(
        attack: str, line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    turn = _CountingPattern(tools._TURN)
    monkeypatch.setattr(tools, "_TURN", turn)
    tools.find_tools(Reading.of("Hi,\n\nI use Hootsuite, Buffer; and Later.", "en"))  # warm

    def run(size: int) -> int:
        turn.read = 0
        tools.find_tools(Reading.of("Hi,\n\nI use " + line * size, "en"))
        return turn.read + 1

    assert run(320) / run(40) <= _MAX_GROWTH, attack
