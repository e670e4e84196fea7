"""Check the model's quotes against the text it was given: a claim without a found quote is no claim.

Matching forgives what copying legitimately changes (case, runs of whitespace, typographic quotes,
compatibility characters) and nothing else: no paraphrase, no translation, no partial words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Longer "quotes" are the model pasting whole paragraphs rather than pointing at evidence.
MAX_QUOTE_CHARS = 400
# More quotes than this per criterion is noise; the rest are ignored.
MAX_QUOTES = 20
_MIN_QUOTE_CHARS = 2

_TYPOGRAPHIC = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    # As they appear in the text (original case), in the model's order, without repeats.
    verified: tuple[str, ...]
    rejected: tuple[str, ...]


def normalise(text: str) -> str:
    """Case-folded, NFKC, typographic quotes made plain, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHIC).casefold().split())


def check_quotes(quotes: Iterable[str], text: str) -> QuoteCheck:
    """Split ``quotes`` into those found in ``text`` and those not found."""
    haystack = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHIC)
    verified: list[str] = []
    rejected: list[str] = []
    for quote in list(quotes)[:MAX_QUOTES]:
        found = _find(quote, haystack)
        if found is None:
            rejected.append(quote)
        elif normalise(found) not in {normalise(v) for v in verified}:
            verified.append(found)
    return QuoteCheck(tuple(verified), tuple(rejected))


def distinct_items(quotes: Iterable[str]) -> int:
    """How many quotes are not merely part of another ("Hootsuite" inside "Hootsuite daily" counts once)."""
    keys = sorted({normalise(q) for q in quotes}, key=len, reverse=True)
    kept: list[str] = []
    for key in keys:
        if not any(key in longer for longer in kept):
            kept.append(key)
    return len(kept)


def _find(quote: str, haystack: str) -> str | None:
    words = unicodedata.normalize("NFKC", quote).translate(_TYPOGRAPHIC).split()
    joined = " ".join(words)
    if not (_MIN_QUOTE_CHARS <= len(joined) <= MAX_QUOTE_CHARS):
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    # A quote must not start or end inside a word: "reach" is not evidence found in "outreach".
    if joined[0].isalnum():
        pattern = r"(?<!\w)" + pattern
    if joined[-1].isalnum():
        pattern += r"(?!\w)"
    match = re.search(pattern, haystack, re.IGNORECASE)
    return match.group(0) if match else None
