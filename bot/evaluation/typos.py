"""Metric names typed with one slip ("engagment", "folowers", "impresions"), read as the name.

Phone replies carry typos, and a metric misspelt is still the candidate naming it (tools have their
own reader, respelt.py, which also joins names written apart). A word of
the reply is read as a lexicon name when it is one edit away from it (a letter missing, added,
changed, or two swapped), starts with the same letter, and is no ordinary word itself: "shared" is not
"shares", "comment" is not "comments" (the maintained wordfreq lists say what is a word). Only long
single-word names take part (at least ``_MIN_NAME`` letters), where one slip cannot turn one name into
another.

The look-up is symmetric deletion: the name and each of its one-letter deletions are indexed once;
a reply word and each of its deletions are looked up, so a word costs a few dictionary look-ups and
the cost stays linear in the reply (words longer than ``_MAX_WORD`` are skipped).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from bot.evaluation.patterns import Entry, Hit, Prepared, fold
from bot.evaluation.tool_names import rare_word

_MIN_NAME = 6
_MAX_WORD = 24
_WORD = re.compile(r"(?<![\w'’])[^\W\d_]++(?![\w'’])")
_PLAIN = re.compile(r"[^\W\d_]++")


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Misspellings:
    """The one-slip forms of a lexicon's long single-word names."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._names: set[str] = set()
        self._index: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
        # By first two letters, the lengths a word one slip from a name may have: most words of a
        # reply start or measure like no name and are passed over before any deletion is made.
        self._lengths: dict[str, set[int]] = defaultdict(set)
        for entry in entries:
            phrase = entry.phrase
            # Capitals must be typed as capitals (CTR): those are not read with slips.
            if not _PLAIN.fullmatch(phrase) or len(phrase) < _MIN_NAME or phrase.isupper():
                continue
            name = fold(phrase.lower())
            self._names.add(name)
            # A slip rarely hits the first letter; the second one it may, or it may swap the two.
            for head in {name[:2], name[0] + name[2], name[1] + name[0]}:
                self._lengths[head].update((len(name) - 1, len(name), len(name) + 1))
            for form in {name} | _deletions(name):
                self._index[form].append((name, entry))

    def find(self, prepared: Prepared, language: str) -> list[Hit]:
        """Hits for the reply's words that are a name with one slip."""
        out: list[Hit] = []
        for m in _WORD.finditer(prepared.lower):
            word = m.group()
            if len(word) not in self._lengths.get(word[:2], ()) or len(word) > _MAX_WORD or word in self._names:
                continue
            entry = self._closest(word)
            if entry is not None and rare_word(prepared.text[m.start() : m.end()], language):
                out.append(Hit(entry, m.start(), m.end()))
        return out

    def _closest(self, word: str) -> Entry | None:
        for form in (word, *sorted(_deletions(word))):
            for name, entry in self._index.get(form, ()):
                if name[0] == word[0] and name not in (word + "s", word[:-1]):
                    return entry
        return None
