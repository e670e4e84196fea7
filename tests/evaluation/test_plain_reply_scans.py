"""Issue 9 (an ordinary reply judged in at most twice the bare parse), perf22: scans over every reply written so that
the regex engine skips to where they may match, or not run twice over one text, each compared on random texts with
the form it replaces (kept here).

The list footer's phrases (signature.list_footer_index, asked of every reply's last lines) were one case-ignoring
alternation: tried at every character, each first letter in turn. phrase_search reads them case-folded in the
case-folded text, as a LineScan reads lines (the case-ignoring pattern when the text holds a character that does
not fold).

tips._laughing (asked of the sentences a tip stands in) started with look-behinds: tried at every character."""

from __future__ import annotations

import random
import re

from bot.evaluation import tips
from bot.evaluation.lexicon import toml_table
from bot.mail.patterns import grouped_fill, load, phrase_search

_ODD = ["ſ", "İ", "ı", "\u212a", "É", "é", "ß", "Ч", "ч", "退", "\u00a0", "\t", "\n", "_", "7", "’", "'", ":", " ",
        "\u0345", "Σ", "ς", "ﬅ"]


def _mixed(rng: random.Random, word: str) -> str:
    out = []
    for char in word:
        pick = rng.random()
        out.append(char.upper() if pick < 0.3 else rng.choice(_ODD) if pick < 0.33 else char)
    return "".join(out)


def _phrase_texts(rng: random.Random, phrases: list[str], count: int) -> list[str]:
    words = sorted({w for p in phrases for w in p.split()})
    pieces = phrases + words + [p[: len(p) // 2] for p in phrases] + [p[1:] for p in phrases] + _ODD + ["x", "Tool"]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 14)):
            parts.append(_mixed(rng, rng.choice(pieces)))
            parts.append(rng.choice([" ", " ", "  ", "\n", "", ", ", "\t", rng.choice(_ODD)]))
        texts.append("".join(parts))
    return texts


def test_phrase_searches_find_what_the_case_ignoring_alternations_found() -> None:
    data = load("signatures")
    sets = [data["list_footer_words"], data["list_footer_phrases"] + data["list_footer_reasons"],
            data["list_footer_reasons"]]
    rng = random.Random("phrase-search")
    for phrases in sets:
        before = re.compile(grouped_fill(r"(?:<PHRASES>)", phrases), re.IGNORECASE)
        after = phrase_search(phrases)
        texts = [*_phrase_texts(rng, phrases, 3000), "", "plain words only", " ".join(phrases)]
        found = 0
        for text in texts:
            expected = before.search(text) is not None
            assert after.found(text) == expected, text
            found += expected
        assert 300 < found < len(texts) - 300, found


def test_laughs_written_to_be_skipped_to_are_the_laughs_found_before() -> None:
    """tips._laughing starts with the laugh words' first characters as a case-ignoring pattern reads them and the
    marks; the tests of what stands before ("no", "not", "just", a letter, "/") follow. On random texts of the words,
    pieces of them, the words before and the marks (any case, "ſ", "İ", "ı", "K"), it finds the matches of the
    pattern written with the look-behinds first. Fails if a test of what stands before is left out."""
    said = sorted({w for ws in toml_table("tips.toml")["laughing"].values() for w in ws}, key=len, reverse=True)
    words = "|".join(re.escape(w) for w in said if w[:1].isalnum() or w[:1] == "/")
    marks = "|".join(re.escape(w) for w in said if not (w[:1].isalnum() or w[:1] == "/"))
    before = re.compile(rf"(?<![\w/])(?<!no )(?<!not )(?<!just )(?:{words})(?!\w)|{marks}", re.IGNORECASE)
    after = tips._laughing()
    assert after.pattern.startswith("[")
    rng = random.Random("laughing")
    pieces = said + [w[1:] for w in said] + [w[:-1] for w in said] + ["no ", "not ", "just ", "No ", "NOT ", "x", "/"]
    pieces += [lead + w for w in said for lead in ("no ", "not ", "just ", "just  ", "xno ", "a", "/", "_")]
    found = 0
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(0, 12)):
            parts.append(_mixed(rng, rng.choice(pieces)))
            parts.append(rng.choice([" ", " ", "", "\n", ", ", "/", "_", rng.choice(_ODD)]))
        text = "".join(parts)
        expected = [m.span() for m in before.finditer(text)]
        assert [m.span() for m in after.finditer(text)] == expected, text
        found += len(expected)
    assert found > 2000, found
