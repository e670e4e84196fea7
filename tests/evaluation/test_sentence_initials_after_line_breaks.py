"""Issue 9 (parse_bench's plain reply within 2x the bare parse): the first letters of a reply's sentences
(letter_codes.initials, read for an acrostic in the reply and in its hidden text) were found with a MULTILINE "^",
which the regex engine tries at every character of the text. A line's start is now read as the line break before
it, in the text after one more line break, and the engine skips to the sentence ends and line breaks. The letters
found must be the ones found before, compared on random texts of sentence ends, quotes, brackets, bullets, digits
and spacing."""

from __future__ import annotations

import random
import re

from bot.evaluation import letter_codes
from tests.evaluation.test_linear_patterns import _tells_where_a_match_starts

_AS_BEFORE = re.compile(r"(?:[.!?…][\"'”’)\]]{0,3}+[ \t\r\n]++|^[ \t]*+)[^\w\s]{0,8}+([^\W\d_])", re.MULTILINE)
_PIECES = [".", "!", "?", "…", '"', "'", "”", "’", ")", "]", " ", "  ", "\t", "\r", "\n", "\n\n", "\r\n", "-", "*",
           "•", ">", "(", "1", "_", "a", "B", "é", "Я", "word", "Two words", "x.", "..."]


def test_the_first_letters_of_sentences_are_the_ones_a_multiline_start_found() -> None:
    rng = random.Random("sentence-initials")
    found = 0
    for _ in range(30_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 25)))
        letters = letter_codes._SENTENCE_INITIAL.findall("\n" + text)
        assert letters == _AS_BEFORE.findall(text), repr(text)
        found += len(letters)
    assert found > 20_000
    assert _tells_where_a_match_starts(letter_codes._SENTENCE_INITIAL)
    assert not _tells_where_a_match_starts(_AS_BEFORE)  # what the test catches
