"""German compounds that end in a metric's name: "Webseitenklicks" (clicks), "Beitragsreichweite"
(reach), "Videoaufrufe" (views).

German writes a measured thing and its measure as one word, so the lists cannot hold every compound.
In a German reply, a word that ends in a German single-word metric name of metrics.toml, with at least
``_MIN_HEAD`` letters before it, is that metric. Only German: in English, French, Spanish and
Portuguese the measure stands apart and the lists or the grammar frames find it.

Names are indexed by their last letters, so each word of the reply costs one dictionary look-up.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from bot.evaluation.patterns import Entry, Hit, Prepared, fold

_LANGUAGE = "de"
_MIN_NAME = 5
_MIN_HEAD = 3
_TAIL = 4
# A letter first, then the look-behind (no word character or apostrophe before it): the engine skips to
# letters instead of trying the look-behind at every character (see patterns._INDEX_WORD).
_WORD = re.compile(r"[^\W\d_](?<![\w'’].)[^\W\d_]{7,39}+(?![\w'’])")
_PLAIN = re.compile(r"[^\W\d_]++")


class Compounds:
    def __init__(self, entries: Iterable[Entry]) -> None:
        self._names: set[str] = set()
        self._by_tail: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
        for entry in entries:
            if entry.lang != _LANGUAGE or not _PLAIN.fullmatch(entry.phrase) or len(entry.phrase) < _MIN_NAME:
                continue
            name = fold(entry.phrase.lower())
            self._names.add(name)
            self._by_tail[name[-_TAIL:]].append((name, entry))

    def find(self, prepared: Prepared, language: str) -> list[Hit]:
        if language != _LANGUAGE:
            return []
        out: list[Hit] = []
        for m in _WORD.finditer(prepared.lower):
            word = m.group()
            if word in self._names:
                continue  # the name itself: the lists find it
            for name, entry in self._by_tail.get(word[-_TAIL:], ()):
                if word.endswith(name) and len(word) - len(name) >= _MIN_HEAD:
                    out.append(Hit(entry, m.start(), m.end()))
                    break
        return out
