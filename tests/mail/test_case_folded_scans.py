"""Issue 10, the scans of every line's start (quotes.attribution_candidates, older_message_candidates,
reply_above_lines, signature.first_end) read a case-folded copy of the text with patterns that do not ignore case
(patterns.LineScan): they must find the lines the patterns that ignore case find.

The folding is the regex engine's own notion of case (its one-character lower case, and the characters it
takes for one another besides: re._casefix), checked over every character; the scans are compared on random
lines of their own phrases in mixed case, with the characters whose case is special ("İ", "ı", "ſ", "K",
"µ", "Σ", "ς", the combining "\\u0345" that does not fold)."""

from __future__ import annotations

import random
import re
import re._casefix as casefix
import sys
from collections.abc import Iterator

import pytest

from bot.mail import patterns, quotes, signature
from bot.mail.patterns import LineScan, case_folded, lines_matching, load


def test_the_groups_of_characters_the_engine_takes_for_one_another_are_its_own() -> None:
    engine = {frozenset((k, *v)) for k, v in casefix._EXTRA_CASES.items()}
    assert {frozenset(map(ord, group)) for group in patterns._SAME_CASE} == engine


def test_every_character_folds_to_one_the_engine_takes_it_for() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        folded = case_folded(char)
        assert len(folded) == 1
        if folded == char and char.lower() == char and char.upper() == char:
            continue
        # The folded character matches the original ignoring case, and folds to itself; so does the
        # engine's lower case of the original (a character and its lower case fold alike).
        assert re.fullmatch(re.escape(folded), char, re.IGNORECASE), hex(code)
        assert case_folded(folded) == folded, hex(code)
        if char not in patterns._CASE_FOLDING.unfoldable:
            lower = char.lower() if len(char.lower()) == 1 else "i"
            assert case_folded(lower) == folded, hex(code)


def _scans() -> list[LineScan]:
    found = quotes._patterns()
    return [found.starts_by_line, found.older_by_line, found.reply_above_by_line, signature._patterns().ends_by_line]


def _phrases() -> list[str]:
    found: list[str] = []
    for name in ("quotes", "signatures"):
        for value in load(name).values():
            if isinstance(value, list):
                found += [v for v in value if isinstance(v, str)]
    return found


_ODD = ["İ", "ı", "ſ", "\u212a", "µ", "μ", "Σ", "ς", "σ", "\u0345", "\u1fbe", "ẛ", "ß", "ǅ", "Ⅸ", "①"]
_BEFORE = ["", "", " ", "  ", "\t", "> ", "<b>", "<p class=x>", "-- ", "*", "__", "(", "[", "1. ", "2024-", "\u200e"]
_AFTER = ["", "", ":", " :", "：", " wrote:", ",", " -", "\u00a0", "!", "2024"]


def _mixed(rng: random.Random, text: str) -> str:
    out = []
    for char in text:
        pick = rng.random()
        out.append(char.upper() if pick < 0.3 else char.swapcase() if pick < 0.4 else rng.choice(_ODD)
                   if pick < 0.43 else char)
    return "".join(out)


def _lines(rng: random.Random, phrases: list[str]) -> Iterator[str]:
    for _ in range(rng.randint(1, 30)):
        phrase = rng.choice(phrases) if rng.random() < 0.8 else "".join(rng.choices([*_ODD, "a", "s", "i"], k=4))
        yield rng.choice(_BEFORE) + _mixed(rng, phrase) + rng.choice(_AFTER)


@pytest.mark.parametrize("seed", range(4))
def test_the_folded_scans_find_the_lines_that_ignoring_case_finds(seed: int) -> None:
    rng = random.Random(seed)
    phrases = _phrases()
    found = folded = 0
    for _ in range(400):
        lines = list(_lines(rng, phrases))
        for scan in _scans():
            expected = list(lines_matching(lines, scan.pattern))
            assert list(lines_matching(lines, scan)) == expected, lines
            found += len(expected)
        folded += "\u0345" not in "".join(lines)
    assert found > 1000 and folded > 150
