"""Issue 10, quotes.attribution_candidates: which lines may open an attribution was asked line by line in Python
(a hundred "endswith" tests a line for the verbs, about a tenth of parsing 5 KB of short lines); the lines that end
in a verb or a colon are now found by one scan of the lower-cased text read backwards, and the long lines and those
holding "@" or "<" by one scan forwards. The flags must be those of the line-by-line reading (kept below as it was)
on random lines of the verbs in mixed case, the characters stripped before the verb, colons, addresses, dates,
long lines and the characters whose lower case is special ("İ" grows, "Σ" lowers by what follows it)."""

from __future__ import annotations

import random

import pytest

from bot.mail import quotes


def _by_line(lines: list[str]) -> list[bool]:
    """attribution_candidates as it was, line by line."""
    verbs = quotes._patterns().verbs
    flags = [len(line) > quotes._MAX_LINE or "@" in line or "<" in line
             or line.rstrip(quotes._VERB_TAIL).lower().endswith(verbs)
             or (line.endswith((":", "：")) and (quotes._verb_then_colon(line) or quotes._names_obscured_address(line)
                                                 or quotes._dated(line[: quotes._MAX_DATED_LINE])))
             for line in lines]
    for i in quotes.lines_matching(lines, quotes._patterns().starts_by_line):
        flags[i] = True
    return flags


_ODD = ["İ", "ı", "Σ", "ς", "σ", "ẞ", "ß", "K", "\u0307", "ǅ", "A", "a", "é", "É", " ", "\t", "\u00a0"]
_TAIL = [*quotes._VERB_TAIL, "", "", ""]
_WORDS = ["Jane Roe", "jane@example.org", "<jane@example.org>", "On Mon, 6 Jan 2026 at 09:14", "2026-01-06 09:14",
          "here is what I", "Am 28.04.2017 um 10:00 schrieb Jana", "Le lun. 6 janv. 2026,", "Σ", "İ", "ΑΣ", "i\u0307"]


def _mixed(rng: random.Random, text: str) -> str:
    return "".join(c.upper() if rng.random() < 0.3 else c for c in text)


def _line(rng: random.Random, verbs: tuple[str, ...]) -> str:
    parts = [rng.choice(_WORDS) if rng.random() < 0.5 else "".join(rng.choices(_ODD, k=rng.randint(0, 4)))
             for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.6:
        parts.append(_mixed(rng, rng.choice(verbs)))
    line = " ".join(parts) if rng.random() < 0.7 else "".join(parts)
    line += "".join(rng.choices(_TAIL, k=rng.randint(0, 3)))
    if rng.random() < 0.05:
        line = "x" * rng.choice([399, 400, 401, 402]) + line[: rng.randint(0, 3)]
    return line


@pytest.mark.parametrize("seed", range(4))
def test_the_scans_flag_the_lines_the_line_by_line_reading_flags(seed: int) -> None:
    rng = random.Random(seed)
    verbs = quotes._patterns().verbs
    flagged = 0
    for _ in range(300):
        lines = [_line(rng, verbs) for _ in range(rng.randint(0, 25))]
        expected = _by_line(lines)
        assert quotes.attribution_candidates(lines) == expected, lines
        flagged += sum(expected)
    assert flagged > 1500


def test_every_verb_at_a_line_end_is_flagged_with_what_may_follow_it() -> None:
    verbs = quotes._patterns().verbs
    lines = [f"{prefix}{verb}{tail}" for verb in verbs for prefix in ("", "x", "Jane ", "Σ")
             for tail in ("", ":", " -\u200e", "*")]
    assert quotes.attribution_candidates(lines) == _by_line(lines)
    assert all(quotes.attribution_candidates([f"Jane {verb} :"]) == [True] for verb in verbs)


def test_a_line_holding_a_line_break_is_read_line_by_line() -> None:
    lines = ["Jane wrote:\nmore", "hello", "Am 1. Mai 2017 schrieb Jana:", "I use it."]
    assert quotes.attribution_candidates(lines) == _by_line(lines)
