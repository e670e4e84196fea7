"""Listed tool names written apart or one letter off: "Tweet Deck", "hootsuit", "google analitics".

People type product names from memory, often on a phone. A run of one to three words (joined by
spaces or hyphens) is a listed tool when its letters, joined, are the letters of one of its names
("Tweet Deck" is TweetDeck), or are one edit away from them (a letter missing, added or changed, or
two neighbours swapped) for a name of at least _MIN_FUZZY_LETTERS letters, when the word holding the
slip is not an ordinary word ("canvas" and "sprinkler" are words, "hootsuit" is not). Names that are
everyday words (Later, Buffer: "?" in tools.txt) and names written in capitals (GA4) are left to
the exact lists, where their context decides.

The slips are found by typos.OneSlip, the deletion index the metric names use too: every name's
one-letter deletions are stored once per process, and a run looks up its own, so the cost is linear in
the reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, compress

from bot.evaluation.lexicon import named_entries
from bot.evaluation.patterns import fold
from bot.evaluation.reading import Reading
from bot.evaluation.spans import SpanSet
from bot.evaluation.tool_names import rare_word
from bot.evaluation.typos import OneSlip

_MAX_RUN_WORDS = 3
_MIN_FUZZY_LETTERS = 6
# Longer runs are no product name; they are skipped before any deletion is made.
_MAX_RUN_LETTERS = 32
_WORD = re.compile(r"[^\W_]++")
# The same as a split: the words, kept, between what stands apart from them; in an ASCII text, read with a table
# (no Unicode category look-ups).
_SPLIT = re.compile(r"([^\W_]++)")
_ASCII_SPLIT = re.compile(r"([^\W_]++)", re.ASCII)
# What may stand between the words of a name written apart ("Tweet Deck", "Hoot-Suite"): one or two of
# these characters.
_APART_CHARS = " \t-"
_APART = frozenset(a + b for a in _APART_CHARS for b in ("", *_APART_CHARS))
# From how many words a reply's windows are remembered (a long or hostile reply repeats its windows).
_REMEMBERED_FROM_WORDS = 50


@dataclass(frozen=True, slots=True)
class Respelt:
    key: str
    start: int
    end: int
    # "written apart" or "one letter off"
    how: str


@dataclass(frozen=True, slots=True)
class _Index:
    exact: dict[str, str]  # joined letters of a name -> its tool
    slips: OneSlip[str]  # the names long enough to be read one letter off -> their tool


def _letters(text: str) -> str:
    return "".join(_WORD.findall(fold(text.lower())))


@cache
def _index() -> _Index:
    exact: dict[str, str] = {}
    slips: OneSlip[str] = OneSlip()
    for entry in named_entries("tools.txt"):
        phrase = entry.phrase
        if entry.needs_context or "*" in phrase or "..." in phrase or phrase.isupper():
            continue
        joined = _letters(phrase)
        if len(joined) < 2:
            continue
        exact.setdefault(joined, entry.key)
        if len(joined) >= _MIN_FUZZY_LETTERS:
            slips.add(joined, entry.key)
    return _Index(exact, slips)


@lru_cache(maxsize=4096)
def _one_edit(run: str) -> tuple[str, int] | None:
    """The listed tool one slip from ``run``, when exactly one tool is, and where the slip is (the
    letters ``run`` shares with the name before it) (remembered: replies repeat their words)."""
    slips = _index().slips
    names = slips.near(run)
    tools = {slips[name] for name in names}
    if len(tools) != 1:
        return None
    return tools.pop(), max(_common_prefix(run, name) for name in names)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


def _word_at(run_words: list[str], at: int) -> int:
    """Which word of a run holds its letter number ``at`` (the last word for a slip at the end)."""
    for k, word in enumerate(run_words):
        if at < len(word):
            return k
        at -= len(word)
    return len(run_words) - 1


def respelt_tools(reading: Reading, taken: SpanSet) -> list[Respelt]:
    """Listed tools written apart or one letter off, outside ``taken`` (what the exact lists found)."""
    index = _index()
    text = reading.text
    # The text split at its words, the words and what stands between them in turn: where each word starts and
    # ends summed from their lengths, and whether two words are written apart told by the string between them, all
    # at C speed (a match object and a span per word, and a slice of the text per pair, cost a fifth of this
    # function over a reply of a thousand words).
    parts = (_ASCII_SPLIT if text.isascii() else _SPLIT).split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    words = list(zip(offsets[1::2], offsets[2::2], strict=False))  # one start more: the text after the last word
    # Each word's letters and whether it is written apart from the next, once (a run reads up to three).
    lower = reading.prepared.lower  # folded, offsets as in text
    letters = [lower[start:end] for start, end in words]
    apart = list(map(_APART.__contains__, parts[2:-1:2]))
    exact, lengths = index.exact, index.slips.lengths_by_head
    if len(words) > _REMEMBERED_FROM_WORDS:
        return _respelt_windows(reading, taken, words, letters, apart)
    # A reply of a few sentences repeats few windows: its runs are worked out word by word.
    out: list[Respelt] = []
    i = 0
    while i < len(words):
        runs = _name_runs(letters, apart, i, exact, lengths)
        hit = _longest_at(reading, words, i, runs, taken) if runs else None
        if hit is None:
            i += 1
            continue
        out.append(hit[0])
        i += hit[1]
    return out


def _respelt_windows(reading: Reading, taken: SpanSet, words: list[tuple[int, int]], letters: list[str],
                     apart: list[bool]) -> list[Respelt]:
    """respelt_tools for a long or hostile reply, which repeats its windows (a word's letters and its next two
    words', and whether they are written apart): the runs of each distinct window worked out once, from its first
    place, and only the places whose window reads as a name visited (most replies: none), each at C speed."""
    index = _index()
    exact, lengths = index.exact, index.slips.lengths_by_head
    n = len(words)
    # The windows of three words at C speed, then those of the last two words, shorter.
    windows: list[tuple[object, ...]] = list(zip(letters, letters[1:], letters[2:], apart, apart[1:], strict=False))
    windows += [(*letters[i : i + _MAX_RUN_WORDS], *apart[i : i + _MAX_RUN_WORDS - 1]) for i in range(len(windows), n)]
    # Each distinct window's first place: written from the last place back, the first place is written last.
    first = dict(zip(reversed(windows), range(n - 1, -1, -1), strict=True))
    runs = {window: _name_runs(letters, apart, i, exact, lengths) for window, i in first.items()}
    named = {window for window, found in runs.items() if found}
    out: list[Respelt] = []
    if not named:
        return out
    free = 0  # the first place no name found before reaches
    for i in compress(range(n), map(named.__contains__, windows)):
        if i < free:
            continue
        hit = _longest_at(reading, words, i, runs[windows[i]], taken)
        if hit is not None:
            out.append(hit[0])
            free = i + hit[1]
    return out


def _name_runs(letters: list[str], apart: list[bool], i: int, exact: dict[str, str],
               lengths: dict[str, set[int]]) -> list[tuple[int, str, tuple[str, int] | None]]:
    """The runs of words from ``i`` whose letters are a name written apart (None) or one slip from one,
    longest first: (how many words, the letters, (the tool one slip away, which word of the run holds
    the slip)). ``exact`` and ``lengths``: the index's names (_Index.exact) and its slips' lengths by head
    (OneSlip.lengths_by_head), read once per reply."""
    # Written for the common case, no name at all (a Python step counts here: this is asked of every word of
    # every reply): the runs' letters built in one pass, the two dictionaries and the slips' lengths passed
    # in (a property read per word was a tenth of this function's time), tried longest first.
    joined = letters[i]
    if len(joined) > _MAX_RUN_LETTERS:
        return []
    runs = [joined]
    last = i + _MAX_RUN_WORDS
    if last > len(letters):  # min() is a call
        last = len(letters)
    k = i + 1
    while k < last and apart[k - 1]:
        joined += letters[k]
        if len(joined) > _MAX_RUN_LETTERS:
            break
        runs.append(joined)
        k += 1
    out: list[tuple[int, str, tuple[str, int] | None]] = []
    count = len(runs)
    for run in reversed(runs):
        # The letters first (a dict or two, and the slip a run makes, remembered per run): most runs
        # are no name, and need no look-up of where they stand or of how rare their words are.
        if count > 1 and run in exact:
            out.append((count, run, None))
        elif (len(run) >= _MIN_FUZZY_LETTERS and len(run) in lengths.get(run[:2], ()) and run not in exact
              and (slip := _one_edit(run)) is not None):
            out.append((count, run, (slip[0], _word_at(letters[i : i + count], slip[1]))))
        count -= 1
    return out


def _longest_at(reading: Reading, words: list[tuple[int, int]], i: int,
                runs: list[tuple[int, str, tuple[str, int] | None]], taken: SpanSet) -> tuple[Respelt, int] | None:
    """The longest of ``runs`` (from ``_name_runs``) that stands where a name may: outside what the
    exact lists found and the reply's excluded spans, and, one slip off, with the slip in a word that
    is no ordinary word ("google analitics" is Google Analytics; "TikTok and" is not TikTok Ads: the
    slip is in "and", and the rare "TikTok" is spelt right)."""
    text = reading.text
    for count, run, slip in runs:
        start, end = words[i][0], words[i + count - 1][1]
        if taken.overlaps(start, end) or reading.is_excluded(start, end):
            continue
        if slip is None:
            return Respelt(_index().exact[run], start, end, "written apart"), count
        key, slipped = slip
        s, e = words[i + slipped]
        if rare_word(text[s:e], reading.language):
            return Respelt(key, start, end, "one letter off"), count
    return None
