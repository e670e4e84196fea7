"""Names run together: "Google AnalyticsHootSuiteSocial MentionKurrently" is four tools.

A list copied from a web page or a phone keyboard can lose the separators between its names. A
capital straight after a lower-case letter inside a word ("sH", "eS") is where two names may meet,
but also where one CamelCase name has its hump (HootSuite, PicMonkey). The run of capitalised words
around such a word is cut into pieces at every hump and read back as the fewest names that cover
the most pieces with names the tools list knows (compared without spaces or case: "Hoot" + "Suite"
is HootSuite). The run is taken apart only when that needs a cut inside a word and yields two names
or more; the pieces no list knows become one name each stretch, counted when product-like (rare as a
word, see tool_names.product_like).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.evaluation.lexicon import named_entries
from bot.evaluation.reading import Reading

# A hump: a lower-case letter followed by a capital (found by the regex engine, then widened to its word). Matched
# from the capital, the rarer letter (a match is tried only at capitals, not at every lower-case letter): the match
# is the capital, the hump starts one before it.
_HUMPED = re.compile(r"[A-Z](?<=[a-z].)")
_WORD_END = re.compile(r"[A-Za-z0-9]*+")
# A cut inside a run's word: the capital of a hump, matched from the capital as _HUMPED is (a pattern that starts
# with a look-behind is tried at every character).
_HUMP = re.compile(r"[A-Z](?<=[a-z].)")
_CAPITALISED = re.compile(r"[A-Z0-9][A-Za-z0-9]*+")
# How far a run reaches to each side of the humped word, and the most pieces one name may take.
_MOST_NEIGHBOURS = 3
_MOST_PIECES_PER_NAME = 4
_MOST_PIECES = 24
# Runs read per reply: a real reply glues a list or two; hostile text with a hump in every word
# costs no more than this many runs.
_MOST_RUNS = 32
_MOST_HUMPS = 256
# Longer than this, a "word" is no list of names (a hash, a URL part, hostile text).
_LONGEST_WORD = 80
_PLAIN = re.compile(r"^[A-Za-z0-9 .\-]+$")


@dataclass(frozen=True, slots=True)
class GluedName:
    key: str
    start: int
    end: int
    known: bool


@cache
def _known_compact() -> dict[str, str]:
    """Every plain name of the tools list, without spaces, dots, dashes or case -> its key."""
    out: dict[str, str] = {}
    for entry in named_entries("tools.txt"):
        if _PLAIN.match(entry.phrase) and not entry.phrase.isupper():
            out.setdefault(_compact(entry.phrase), entry.key)
    return out


def _compact(name: str) -> str:
    return re.sub(r"[\s.\-]", "", name).lower()


def _word_at(text: str, hump: int) -> tuple[int, int]:
    lo = hump
    while lo > 0 and hump - lo < 40 and text[lo - 1].isascii() and text[lo - 1].isalnum():
        lo -= 1
    return lo, _WORD_END.match(text, hump).end()  # type: ignore[union-attr]  # always matches


def _run_around(text: str, word: tuple[int, int]) -> list[tuple[int, int]]:
    """The capitalised words joined to ``word`` by single spaces, ``word`` included."""
    spans = [word]
    pos = word[0]
    for _ in range(_MOST_NEIGHBOURS):
        if pos < 2 or text[pos - 1] != " ":
            break
        m = re.search(r"[A-Za-z0-9]++$", text[max(0, pos - 40) : pos - 1])
        if m is None or not text[pos - 1 - len(m.group()) : pos - 1][:1].isupper():
            break
        spans.insert(0, (pos - 1 - len(m.group()), pos - 1))
        pos = spans[0][0]
    pos = word[1]
    for _ in range(_MOST_NEIGHBOURS):
        m = _CAPITALISED.match(text, pos + 1) if text[pos : pos + 1] == " " else None
        if m is None:
            break
        spans.append(m.span())
        pos = m.end()
    return spans


def _pieces(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(start, end, starts a word) for each piece of the run, cut at every hump."""
    out = []
    for lo, hi in spans:
        cuts = [lo, *(lo + m.start() for m in _HUMP.finditer(text[lo:hi])), hi]
        out += [(a, b, a == lo) for a, b in itertools.pairwise(cuts) if b > a]
    return out[:_MOST_PIECES]


def _segment(text: str, pieces: list[tuple[int, int, bool]]) -> list[tuple[int, int, str | None]]:
    """The names the pieces read as: (first piece, one past the last, key or None when unknown).
    Most pieces covered by known names first, then the fewest names."""
    known = _known_compact()
    n = len(pieces)
    # best[i]: (pieces covered by known names, -names) for pieces[i:], and the first name taken.
    best: list[tuple[tuple[int, int], tuple[int, int, str | None]]] = [((0, 0), (n, n, None))] * (n + 1)
    for i in range(n - 1, -1, -1):
        options: list[tuple[tuple[int, int], tuple[int, int, str | None]]] = []
        for j in range(i + 1, min(n, i + _MOST_PIECES_PER_NAME) + 1):
            key = known.get("".join(text[a:b] for a, b, _ in pieces[i:j]).lower())
            if key is not None:
                covered, names = best[j][0]
                options.append(((covered + j - i, names - 1), (i, j, key)))
        covered, names = best[i + 1][0]
        options.append(((covered, names - 1), (i, i + 1, None)))
        best[i] = max(options, key=lambda option: option[0])
    out: list[tuple[int, int, str | None]] = []
    i = 0
    while i < n:
        lo, hi, key = best[i][1]
        if key is None and out and out[-1][2] is None and pieces[lo][0] - pieces[out[-1][1] - 1][1] <= 1:
            out[-1] = (out[-1][0], hi, None)  # unknown pieces next to each other are one name
        else:
            out.append((lo, hi, key))
        i = hi
    return out


@lru_cache(maxsize=256)
def _segment_run(run: str, pieces: tuple[tuple[int, int, bool], ...]) -> tuple[tuple[int, int, str | None], ...]:
    """``_segment`` of one run, its pieces counted from the run's start: remembered, as a reply that
    glues names together tends to repeat the same run."""
    return tuple(_segment(run, list(pieces)))


def glued_names(reading: Reading) -> list[GluedName]:
    """Names taken apart where a run of capitalised words glues two names or more together."""
    text = reading.text
    out: list[GluedName] = []
    done = runs = 0
    for _ in range(_MOST_HUMPS):
        hump = _HUMPED.search(text, done + 1)  # its lower-case letter from ``done`` on
        if hump is None or runs == _MOST_RUNS:
            break
        word = _word_at(text, hump.start() - 1)
        done = max(word[1], hump.end())  # each word is read once, however many humps it has
        if not text[word[0]].isupper() or word[1] - word[0] > _LONGEST_WORD:
            continue  # "iPhone", "eBay": a lower-case start is one name's style, not two names
        spans = _run_around(text, word)
        done, runs = max(done, spans[-1][1]), runs + 1
        pieces = _pieces(text, spans)
        base = spans[0][0]
        names = _segment_run(text[base : spans[-1][1]], tuple((a - base, b - base, w) for a, b, w in pieces))
        cut_inside = any(not pieces[lo][2] for lo, _, _ in names)
        if len(names) < 2 or not cut_inside or not any(key for _, _, key in names):
            continue
        for lo, hi, key in names:
            start, end = pieces[lo][0], pieces[hi - 1][1]
            out.append(GluedName(key or text[start:end].lower(), start, end, key is not None))
    return out
