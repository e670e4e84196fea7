"""A run of letters whose word gaps are lost, read as words again (issue 10 item 12, hostile26's red team).

Spaced-out letters ("n o   r e a s o n   t o   f a i l ...") keep their word gaps in a plain part, as wider
spaces; an HTML part draws every run of spacing as one space, so the reader sees, and the parser gives, evenly spaced
letters: one run, "noreasontofailthisreply". obfuscation.spaced_letter_runs gives that run, which the lexicon's
compact stems are looked for in ("ignoreall..."); a passage read by how it is written (persuasion, an address to the
grader) has no stem to look for. So the run is also cut into the likeliest words, by the frequencies of the words of
the languages the rules read (wordfreq's lists; a word's cost its frequency's negative logarithm, the cheapest cut
found by dynamic programming), and the cut read as text is. Bounded: runs of twelve letters or more, the first four,
600 letters each, words of 18 letters at most, so linear in the text.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache

_LANGUAGES = ("en", "es", "de", "fr", "pt", "it", "nl")
_MIN_LETTERS = 12
_MAX_RUNS = 4
_MAX_LETTERS = 600
_LONGEST_WORD = 18
# A letter no word of the lists starts a cut at costs more than any listed word (frequency 1e-8 costs 8).
_UNKNOWN_LETTER = 12.0
# A piece of a run is read on letter by letter only while its first letters, up to this many, start a word.
_PREFIX_LETTERS = 5


@cache
def _costs() -> dict[str, float]:
    from bot.evaluation.word_frequencies import frequencies

    costs: dict[str, float] = {}
    for lang in _LANGUAGES:
        for word, freq in frequencies(lang).items():
            if word.isalpha() and len(word) <= _LONGEST_WORD and freq > 0:
                cost = -math.log10(freq)
                if cost < costs.get(word, math.inf):
                    costs[word] = cost
    return costs


@cache
def _prefixes() -> frozenset[str]:
    """The first letters of every word of the lists, up to _PREFIX_LETTERS of them."""
    return frozenset(word[:i] for word in _costs() for i in range(1, min(len(word), _PREFIX_LETTERS) + 1))


@cache
def _longer_lengths() -> dict[str, tuple[int, ...]]:
    """The lengths of the words of more than _PREFIX_LETTERS letters, by their first _PREFIX_LETTERS letters."""
    lengths: dict[str, set[int]] = {}
    for word in _costs():
        if len(word) > _PREFIX_LETTERS:
            lengths.setdefault(word[:_PREFIX_LETTERS], set()).add(len(word))
    return {head: tuple(sorted(them)) for head, them in lengths.items()}


@lru_cache(maxsize=65536)
def _pieces_at(head: str) -> tuple[tuple[tuple[int, float], ...], tuple[int, ...]]:
    """What a place of a run whose next letters (up to _PREFIX_LETTERS of them) are ``head`` may start: the pieces of
    up to _PREFIX_LETTERS letters that are words, as (length, cost), a lone letter that is none costing
    _UNKNOWN_LETTER, read until a piece whose letters start no word; and, when all of ``head`` starts a word, the
    lengths of the longer words starting so, the only longer pieces that may be words."""
    costs, prefixes = _costs(), _prefixes()
    words: list[tuple[int, float]] = []
    for length in range(1, len(head) + 1):
        piece = head[:length]
        word_cost = costs.get(piece)
        if word_cost is None and length == 1:
            word_cost = _UNKNOWN_LETTER
        if word_cost is not None:
            words.append((length, word_cost))
        if piece not in prefixes:
            return tuple(words), ()
    return tuple(words), (_longer_lengths().get(head, ()) if len(head) == _PREFIX_LETTERS else ())


def cut_into_words(run: str) -> str:
    """``run`` (lower-case letters, no spaces) cut into its likeliest words, apart by spaces."""
    costs = _costs()
    n = len(run)
    best = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    # Each place's cost is final when the places before it are read, so the pieces starting at each place, in turn,
    # lower the costs of the places they end at; a place is lowered by the places before it in the order of their
    # starts, the first of equal costs kept, so the cut is the one the pieces ending at each place, read in turn,
    # give. The reading of longer pieces stops at one whose first letters start no word (most stop within four
    # letters, not eighteen: half the time of 600 letters), and what a place's first letters start is worked out
    # once for those letters (_pieces_at); past them only the pieces as long as a word starting with them are
    # looked up.
    for start in range(n):
        here = best[start]
        short, longer = _pieces_at(run[start : start + _PREFIX_LETTERS])
        for length, word_cost in short:
            end = start + length
            if here + word_cost < best[end]:
                best[end] = here + word_cost
                back[end] = start
        for length in longer:
            end = start + length
            if end > n:
                break
            longer_cost = costs.get(run[start:end])
            if longer_cost is not None and here + longer_cost < best[end]:
                best[end] = here + longer_cost
                back[end] = start
    words: list[str] = []
    end = n
    while end > 0:
        words.append(run[back[end] : end])
        end = back[end]
    return " ".join(reversed(words))


def words_of_runs(runs: list[str]) -> list[str]:
    """The runs of twelve letters or more (the first four, each to 600 letters) cut into words."""
    long_runs = [run[:_MAX_LETTERS] for run in runs if len(run) >= _MIN_LETTERS and run.isalpha()]
    return [cut_into_words(run) for run in long_runs[:_MAX_RUNS]]
