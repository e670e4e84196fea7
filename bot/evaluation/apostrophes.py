"""Apostrophes a charset conversion turned into question marks, read as apostrophes.

A curly apostrophe (U+2019) typed in a word processor or a phone, passed through a system that knows only ASCII or
Latin-1 (a web form, an old list server, a copy from a PDF), often arrives as "?": "Don?t take it personally",
"it?s", "we?ve". The rules read "Don?t" as a word and a question mark, so the negation, and every phrase written with
the contraction, is lost. A "?" between letters, followed by what ends an English contraction as a whole word, is
that apostrophe: "n?t", and "?s", "?m", "?d", "?re", "?ve", "?ll" after a word. A question mark is followed by a space
or a line break in writing ("Why? So ..."), so the reading takes nothing from a question. The text keeps its length,
so every offset the rules report still points into the reply as received.
"""

from __future__ import annotations

import re

# "n" + "?" + "t" ("don?t", "can?t", "isn?t"), or a letter + "?" + another contraction's end, each a whole word.
_LOST = re.compile(r"(?<=n)\?(?=t\b)|(?<=[^\W\d_])\?(?=(?:s|m|d|re|ve|ll)\b)", re.IGNORECASE)


def restored(text: str) -> str:
    """``text`` with each lost apostrophe put back (the same length; ``text`` itself when there is none)."""
    if "?" not in text:
        return text
    fixed, found = _LOST.subn("'", text)
    return fixed if found else text
