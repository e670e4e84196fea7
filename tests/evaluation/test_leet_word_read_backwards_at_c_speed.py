"""Issue 10 (no message takes more than 1 s to judge per MB): obfuscation._leet_word read the characters before each
digit or sign against a letter (where a leetspeak word may be) with a search for ``[\\w$@]{0,40}$`` over the 40
characters before it, which tried each of those places in turn: about 5 us a mark, and a quoted-printable escape
written out ("=E2=80=94") holds one ("E2"), a hundred of them in 3 KB. The run is now read backwards in one match of
the reversed characters (obfuscation._token_before).

Compared here with the search it replaces, at every place of random texts of letters, digits, signs, underscores,
line breaks, spaces and non-ASCII letters and digits, in runs shorter and longer than the reach: the same run."""

from __future__ import annotations

import random
import re

from bot.evaluation import obfuscation
from bot.evaluation.obfuscation import _leet_word, _token_before

_TOKEN_END_AS_BEFORE = re.compile(r"[\w$@]{0,40}$")

_PIECES = ["a", "Z", "7", "0", "$", "@", "_", "é", "ß", "٣", "²", "\n", "\n", " ", "=", "-", ".", "'", "\t", "\r",
           "E2", "=E2=80=94", "x" * 45, "y" * 39, "4" * 41]


def _as_before(text: str, end: int) -> str:
    found = _TOKEN_END_AS_BEFORE.search(text, max(0, end - 40), end)
    return found.group() if found else ""


def test_the_run_before_each_place_is_what_the_search_found() -> None:
    rng = random.Random("leet-token-before")
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))
        for end in range(len(text) + 1):
            assert _token_before(text, end) == _as_before(text, end), (text, end)


def test_leet_words_are_still_found_around_their_marks() -> None:
    words = sorted(w for w in obfuscation._vocabulary().words if w.isascii() and w.isalpha())
    rng = random.Random("leet-words")
    found = 0
    for _ in range(300):
        word = rng.choice(words)
        leet = word.replace("e", "3").replace("o", "0") if rng.random() < 0.7 else word.replace("i", "1")
        text = rng.choice(["", "x\n", "ok ", "=E2=80=94 "]) + leet + rng.choice(["", "\n", " done", "_x"])
        mark = obfuscation._LEET_MARK.search(text)
        expected = False
        for m in obfuscation._LEET_MARK.finditer(text):
            after = obfuscation._TOKEN_START.match(text, m.start())
            joined = _as_before(text, m.start()) + (after.group() if after else "")
            if joined.lower().translate(obfuscation._LEET) in obfuscation._vocabulary().words:
                expected = True
                break
        assert _leet_word(text) is expected, text
        found += expected and mark is not None
    assert found > 50
