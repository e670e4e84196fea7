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
from functools import cache

_LANGUAGES = ("en", "es", "de", "fr", "pt", "it", "nl")
_MIN_LETTERS = 12
_MAX_RUNS = 4
_MAX_LETTERS = 600
_LONGEST_WORD = 18
# A letter no word of the lists starts a cut at costs more than any listed word (frequency 1e-8 costs 8).
_UNKNOWN_LETTER = 12.0


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


def cut_into_words(run: str) -> str:
    """``run`` (lower-case letters, no spaces) cut into its likeliest words, apart by spaces."""
    costs = _costs()
    n = len(run)
    best = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - _LONGEST_WORD), end):
            word_cost = costs.get(run[start:end])
            if word_cost is None:
                if end - start != 1:
                    continue
                word_cost = _UNKNOWN_LETTER
            if best[start] + word_cost < best[end]:
                best[end] = best[start] + word_cost
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
