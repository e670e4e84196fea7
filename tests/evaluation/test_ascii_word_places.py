"""Issue 9 (the plain reply's judgement at most twice the bare stdlib parse): the words of an ASCII text and where they
stand (patterns._ascii_words, the word index's first step) are read from a split made with a table of every ASCII
character (one lacking a character made str.translate raise and catch a KeyError for it). Checked against the regex's
reading (_words_by_match, which reads any text) on random ASCII texts of words, apostrophes, digits, "_" and every
other ASCII character, and from places inside them."""

from __future__ import annotations

import random

from bot.evaluation import patterns

_PIECES = ["it's", "'tis", "rock'n'roll", "''", "'", "dm", "DMs", "a", "a1", "_x", "x_y", "2024", "o'", "ab'c'", "the",
           "the", "reach", "Reach", "l'ecoute"]
_ASCII = [chr(c) for c in range(128)]


def _text(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(0, 30)):
        out.append(rng.choice(_PIECES) if rng.random() < 0.6 else rng.choice(_ASCII))
        out.append(rng.choice([" ", "", "\n", ", ", rng.choice(_ASCII)]))
    return "".join(out)


def test_the_split_table_keeps_word_characters_and_spaces_the_others() -> None:
    for char in _ASCII:
        kept = char.isalnum() or char in "_'"
        assert char.translate(patterns._ASCII_NOT_IN_WORDS) == (char if kept else " "), repr(char)


def test_ascii_word_places_are_the_regexs() -> None:
    rng = random.Random("ascii words")
    repeated = 0
    for _ in range(3000):
        lower = patterns.lowered(_text(rng))
        assert lower.isascii()
        start = rng.choice([0, 0, rng.randint(0, len(lower))])
        if start and lower[start - 1 : start + 1].replace("'", "a").isalnum():
            start = 0  # the index is asked from a place where no word goes on from before it
        by_split = patterns._ascii_words(lower, start)
        by_match = patterns._words_by_match(lower, start)
        assert list(by_split.items()) == list(by_match.items()), (lower, start)
        repeated += any(len(places) > 1 for places in by_split.values())
    assert repeated > 500
