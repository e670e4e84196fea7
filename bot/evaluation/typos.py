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
from functools import lru_cache
from typing import Generic, TypeVar

from bot.evaluation.patterns import Entry, Hit, Prepared, fold
from bot.evaluation.tool_names import rare_word

_MIN_NAME = 6
_MAX_WORD = 24
# A letter first, then the look-behind (see patterns._INDEX_WORD).
_WORD = re.compile(r"[^\W\d_](?<![\w'’].)[^\W\d_]*+(?![\w'’])")
_PLAIN = re.compile(r"[^\W\d_]++")
V = TypeVar("V")


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class OneSlip(Generic[V]):
    """Names, and the words one slip from them: a letter missing, added or changed, or two neighbours
    swapped (symmetric deletion: a name and its one-letter deletions are indexed once, a word and its
    own deletions are looked up). Shared by the metric names here and the tool names in respelt.py."""

    def __init__(self) -> None:
        self._values: dict[str, V] = {}
        self._index: dict[str, list[str]] = defaultdict(list)
        # By first two letters, the lengths a word one slip from a name may have: most words of a
        # reply start or measure like no name and are passed over before any deletion is made.
        self._lengths: dict[str, set[int]] = defaultdict(set)

    def add(self, name: str, value: V) -> None:
        """Index ``name`` (lower-cased, folded) for ``value``; the first value given a name stays."""
        if name in self._values:
            return
        self._values[name] = value
        # A slip rarely hits the first letter; the second one it may, or it may swap the two.
        for head in {name[:2], name[0] + name[2:3], name[1:2] + name[0]}:
            self._lengths[head].update((len(name) - 1, len(name), len(name) + 1))
        for form in {name} | _deletions(name):
            self._index[form].append(name)

    def __contains__(self, name: str) -> bool:
        return name in self._values

    def __getitem__(self, name: str) -> V:
        return self._values[name]

    def may_be_near(self, word: str) -> bool:
        """False for most words at the cost of one dictionary look-up: none starts or measures like one."""
        return len(word) in self._lengths.get(word[:2], ())

    @property
    def lengths_by_head(self) -> dict[str, set[int]]:
        """What ``may_be_near`` reads: ``may_be_near(w)`` is ``len(w) in lengths_by_head.get(w[:2], ())``."""
        return self._lengths

    def near(self, word: str) -> list[str]:
        """The names one slip from ``word`` (not ``word`` itself), the closest forms first."""
        out: list[str] = []
        for form in (word, *sorted(_deletions(word))):
            out += [name for name in self._index.get(form, ()) if name != word and name not in out]
        return out


class Misspellings:
    """The one-slip forms of a lexicon's long single-word names."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._slips: OneSlip[Entry] = OneSlip()
        for entry in entries:
            phrase = entry.phrase
            # Capitals must be typed as capitals (CTR): those are not read with slips.
            if _PLAIN.fullmatch(phrase) and len(phrase) >= _MIN_NAME and not phrase.isupper():
                self._slips.add(fold(phrase.lower()), entry)
        # The name a word is one slip from, remembered per word: replies to one request share most of their
        # words ("customers", "response"), and each look-up makes and sorts the word's deletions.
        self._closest_to = lru_cache(maxsize=4096)(self._closest)

    def find(self, prepared: Prepared, language: str) -> list[Hit]:
        """Hits for the reply's words that are a name with one slip."""
        lower = prepared.lower
        # Whether a word is one slip from a name depends on the word alone: each distinct word is asked once
        # (a dense reply repeats a few words hundreds of times, each a few Python steps here), and only a
        # reply holding such a word is read again for where they stand (rare_word reads each as written).
        slips = self._slips
        lengths = slips.lengths_by_head  # slips.may_be_near(word), without a call per distinct word
        if "‘" not in lower and "ʼ" not in lower and not any(
                len(word) in lengths.get(word[:2], ()) and len(word) <= _MAX_WORD and word not in slips
                and self._closest_to(word) is not None
                for word in (key[1:] for key in prepared.index if key[0] == "=")):
            # Every word _WORD reads is a whole word of the reply's index ("=" + it; the index reads a word from its
            # first letter to the end of its run of letters, digits and apostrophes, and _WORD one with none of
            # those on either side), unless a turned comma or a modifier apostrophe stands by it: when no word of
            # the index is one slip from a name, none read here is either, and the reply is not scanned (a letter
            # first: a match tried at every letter).
            return []
        slipped: dict[str, Entry] = {}
        for word in set(_WORD.findall(lower)):
            if len(word) in lengths.get(word[:2], ()) and len(word) <= _MAX_WORD and word not in slips:
                entry = self._closest_to(word)
                if entry is not None:
                    slipped[word] = entry
        if not slipped:
            return []
        out: list[Hit] = []
        for m in _WORD.finditer(lower):
            entry = slipped.get(m.group())
            if entry is not None and rare_word(prepared.text[m.start() : m.end()], language):
                out.append(Hit(entry, m.start(), m.end()))
        return out

    def _closest(self, word: str) -> Entry | None:
        for name in self._slips.near(word):
            if name[0] == word[0] and name not in (word + "s", word[:-1]):
                return self._slips[name]
        return None
