"""Cutting a reply into lines, sentences and labels stays linear on hostile lines.

A line of spaces or marks before a letter used to be handed back one character at a time to the
label pattern (20,000 spaces: 200 s). Work is compared between a line and one eight times longer,
each timed as the best of several runs of CPU time: linear grows about 8 times, the old pattern by
hundreds.
"""

from __future__ import annotations

import time
import timeit

import pytest

from bot.evaluation.text import layout

_MAX_GROWTH = 24


_SMALL = 500
# Both sizes get about the same total work when linear: the large one is run an eighth as often.
_RUNS = 200


def _cost(text: str, runs: int) -> float:
    """CPU time per call, the best of a few rounds."""
    return min(timeit.Timer(lambda: layout(text), timer=time.process_time).repeat(number=runs, repeat=3)) / runs


@pytest.mark.parametrize(("name", "make"), [
    ("spaces before a letter", lambda n: " " * n + "x"),
    ("digits before a letter", lambda n: "1" * n + "x"),
    ("table bars", lambda n: "|" * n + "x"),
    ("a word then spaces", lambda n: "x" + " " * n + "y"),
])
def test_a_long_line_of_marks_is_linear(name: str, make: object) -> None:
    assert callable(make)
    small, large = _cost(make(_SMALL), _RUNS), _cost(make(8 * _SMALL), _RUNS // 8)
    assert large / small < _MAX_GROWTH, (name, small, large)
