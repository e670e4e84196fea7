"""Issue 10 (no message judged slower than 1 s per MB), perf23: work a dense plain reply of 3-10 KB asked at each of
its characters, lines or mentions, skipped where a test at C speed says it cannot count, each compared on random
texts with the form it replaces (kept here).

metrics._formulas tried the formula body after every "=" of the reply (5 KB of "=====" rules: 5,000 Python steps
and failed matches); it is tried only after an "=" the body may start after."""

from __future__ import annotations

import random
import re
import sys

import pytest

from bot.evaluation import metrics


def _formulas_at_every_sign(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    at = text.find("=")
    while at >= 0:
        body = metrics._FORMULA_BODY.match(text, at + 1)
        if body is not None and not metrics._OPERATORS.isdisjoint(body.group()):
            out.append((at + 1, body.end()))
        at = text.find("=", at + 1)
    return out


def test_formulas_read_after_the_signs_a_body_may_follow_are_the_formulas_read_after_every_sign() -> None:
    """On random texts of "=", ";", line breaks, full stops, operators, spaces and words (rules of "=" signs among
    them), the formulas found are those found by trying the body after every "=". Fails if an "=" before a line
    break, ";", another "=" or the text's end is taken as a formula's start, or a sign a body may follow is
    skipped."""
    rng = random.Random("formulas")
    pieces = ["=", "=", "==", "=" * 12, ";", "\n", "\r\n", ".", ". ", " ", "+", "/", "*", "×", "rate", "posts",
              "(a + b)", "MAU", "x", "\t", "é"]
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        expected = _formulas_at_every_sign(text)
        assert metrics._formulas(text) == expected, text
        found += len(expected)
    assert found > 2000, found


class _CountedMatch:
    """A pattern's stand-in that counts the matches and searches asked of it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.asked = pattern, 0

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.asked += 1
        return self.pattern.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.asked += 1
        return self.pattern.search(text, pos, endpos)


def test_a_rule_of_signs_asks_no_formula_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """5 KB of "=" rules under headings: no formula body is tried after any of their signs (each was a Python step
    and a failed match); the one formula in the text is still read."""
    counted = _CountedMatch(metrics._FORMULA_BODY)
    monkeypatch.setattr(metrics, "_FORMULA_BODY", counted)
    text = ("Heading\n" + "=" * 70 + "\n") * 64 + "rate = (likes + shares) / reach\n"
    assert metrics._formulas(text) == [(text.index("= (") + 1, len(text) - 1)]
    assert counted.asked == 1
