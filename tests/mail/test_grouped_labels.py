"""Issue 10 (no message judged slower than 1 s per MB), perf23: the header labels ("From:", "Von:", "Enviado:", in
every listed language) and the attribution starts ("On", "Am", "Le", ...) are matched at a line's start grouped by
their first letter (mail.patterns.grouped_fill), where one plain alternation tried each of some hundreds of phrases
in turn at every line with a colon near its start (a labelled list, "Tools: Buffer" / "Tip: listen", 2-3 us a line).
The label a line matches, and where the match ends, must be the plain alternation's (the plain form is kept here)."""

from __future__ import annotations

import random
import re

from bot.mail import quotes
from bot.mail.patterns import _by_first_character, fill, grouped_fill, load

_LABEL = r"^\s*+[*_]{0,2}(<PHRASES>)\s*+[*_]{0,2}\s*+[:：]"
_STARTS = r"^\s*+(?:<PHRASES>)\b"
_ODD = ["ſ", "İ", "ı", "\u212a", "É", "é", "ß", "Σ", "ς", "\u00a0", "\t", " ", "*", "_", ":", "：", "x", "7", "’"]


def _sets() -> list[tuple[str, list[str], re.Pattern[str]]]:
    data = load("quotes")
    found = quotes._patterns()
    return [(_LABEL, data["from_labels"], found.from_label),
            (_LABEL, data["from_labels"] + data["other_labels"], found.any_label),
            (_STARTS, data["attribution_starts"], found.starts)]


def test_the_labels_and_starts_are_matched_grouped_by_their_first_letter() -> None:
    for template, phrases, pattern in _sets():
        assert pattern.pattern == grouped_fill(template, phrases)
        assert pattern.flags & re.IGNORECASE


def test_no_two_first_letters_are_one_letter_to_a_case_ignoring_pattern() -> None:
    """Else a line could be tried against one group and never the other, where the plain alternation tried both in
    the order of their lengths."""
    for _, phrases, _ in _sets():
        firsts = list(_by_first_character(phrases))
        for a in firsts:
            for b in firsts:
                if a != b:
                    assert not re.fullmatch(re.escape(a), b, re.IGNORECASE), (a, b)


def _mixed(rng: random.Random, phrase: str) -> str:
    out = []
    for char in phrase:
        pick = rng.random()
        out.append(char.upper() if pick < 0.3 else rng.choice(_ODD) if pick < 0.33 else char)
    return "".join(out)


def test_a_line_matches_the_label_the_plain_alternation_matched() -> None:
    """On random lines of the phrases (whole, cut, two run together, in mixed case, with "ſ", "İ", "ı", "K", "ß",
    "Σ"), the spaces, marks and colons around them: the match, its end and its label are the plain alternation's."""
    rng = random.Random("grouped-labels")
    for template, phrases, pattern in _sets():
        plain = re.compile(fill(template, phrases), re.IGNORECASE)
        pieces = phrases + [p[: len(p) // 2] for p in phrases] + [p[:-1] for p in phrases] + _ODD
        matched = 0
        for _ in range(6000):
            parts = [rng.choice(["", "", " ", "  ", "*", "**", "_", "\t", "\u00a0"])]
            for _ in range(rng.randint(1, 3)):
                parts.append(_mixed(rng, rng.choice(pieces)))
                parts.append(rng.choice(["", " ", ":", ": ", " :", "：", "*:", " x", "\n", "-"]))
            line = "".join(parts)
            old, new = plain.match(line), pattern.match(line)
            assert (old is None) == (new is None), line
            if old is not None and new is not None:
                assert (old.end(), old.groups()) == (new.end(), new.groups()), line
                matched += 1
        assert matched > 600, (template, matched)
