"""The cheap tests that let a reply skip a scan (issue 9, parse_bench's plain reply) must never skip one that
would have found something: each is checked against the scan it guards, on random text built from the
characters those scans read."""

from __future__ import annotations

import random
import re

from bot.evaluation import obfuscation

_PIECES = ["a", "b", "I", "x", "é", "Ω", "1", " ", "  ", "\t", ".", "-", "_", "*", "·", "\n", "ab", "rot", "13",
           "ROT-13", "/", "+", "="]


# Single letters among spacing, where spaced-out runs start, end, and fall one letter short.
_SPACED_PIECES = ["a", "b", "Z", "é", "ab", "1", " ", "  ", "   ", "    ", "\t", ".", "-", "_", "*", "·", "\n"]


def _texts(seed: int, count: int, pieces: list[str] = _PIECES) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def test_no_spaced_run_is_missed_by_the_precheck() -> None:
    for text in _texts(1, 20000, _SPACED_PIECES) + _texts(3, 5000):
        if obfuscation._SPACED.search(text):
            assert obfuscation._MAY_BE_SPACED.search(text), text


def test_disguises_are_undone_as_without_the_prechecks() -> None:
    for text in _texts(2, 3000) + _texts(4, 3000, _SPACED_PIECES):
        plain = obfuscation._plain(text)
        views = [v for v in [obfuscation._SPACED.sub(obfuscation._joined, plain)] if v != text]
        views += [s[::-1] for s in obfuscation._OVERRIDE.findall(text) if s.strip()]
        views += obfuscation.decoded_blobs(text)
        joined = obfuscation._WRAPPED.sub("", text)
        if joined != text:
            views += [b for b in obfuscation.decoded_blobs(joined) if b not in views]
        views += obfuscation.decoded_hex(text)
        if obfuscation._NAMES_ROT13.search(text):
            views.append(text.translate(str.maketrans(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")))
        # The readings added later (ciphers, URL encoding, glued and cut words) have their own checks
        # (tests/evaluation/test_ciphered_and_encoded_instructions.py); here they only come in their place.
        views += [v for v in obfuscation._deciphered(text, None) if v not in views]
        if len(obfuscation._PERCENT_ESCAPE.findall(text)) >= obfuscation._MIN_PERCENT_ESCAPES:
            views.append(obfuscation.unquote_plus(text, errors="replace"))
        views += obfuscation._glued_words_apart(text) + obfuscation._spelt_otherwise(text)
        views += obfuscation._cuts_joined(text)
        assert obfuscation.disguises_undone(text) == views, text
        runs = [re.sub(r"[^\w]", "", m.group()).lower() for m in obfuscation._SPACED.finditer(plain)]
        assert obfuscation.spaced_letter_runs(text) == runs, text
