"""Word frequencies from the maintained `wordfreq` lists, read without importing the package.

Importing `wordfreq` imports `langcodes`, `ftfy` and `regex`, and `langcodes` compiles one very large
regular expression: 0.2 to 0.3 s, most of what `endorsebot evaluate` spent on a small reply. The
frequencies themselves are one small gzipped msgpack file per language in wordfreq's data folder,
in the format wordfreq documents as "cBpack" (`wordfreq.read_cBpack`): a header, then one list of
words per centibel of frequency. This module reads that file. When the file is missing (a language
wordfreq names differently) or its header says another format (a new wordfreq), it asks wordfreq
itself, so the answer never differs from the library's (tests/evaluation/test_word_frequencies.py).
"""

from __future__ import annotations

import gzip
import importlib.util
from functools import lru_cache
from pathlib import Path

import msgpack

_HEADER = {"format": "cB", "version": 1}


@lru_cache(maxsize=8)
def frequencies(language: str, wordlist: str = "small") -> dict[str, float]:
    """wordfreq's ``get_frequency_dict(language, wordlist)``; empty for a language it has no list for."""
    pack = _read_pack(language, wordlist)
    if pack is None:
        return _from_wordfreq(language, wordlist)
    return {word: 10 ** (-index / 100) for index, bucket in enumerate(pack) for word in bucket}


def _read_pack(language: str, wordlist: str) -> list[list[str]] | None:
    spec = importlib.util.find_spec("wordfreq")  # finds the package's folder; runs none of its code
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "data" / f"{wordlist}_{language}.msgpack.gz"
    try:
        with gzip.open(path, "rb") as stream:
            data = msgpack.load(stream, raw=False)
    except (OSError, ValueError, msgpack.ExtraData, msgpack.FormatError, msgpack.StackError):
        return None
    if not isinstance(data, list) or not data or data[0] != _HEADER:
        return None
    return data[1:]


def _from_wordfreq(language: str, wordlist: str) -> dict[str, float]:
    import wordfreq  # the slow import, only for what the data folder does not answer directly

    try:
        return wordfreq.get_frequency_dict(language, wordlist=wordlist)
    except LookupError:
        return {}
