"""Issue 10 (no message takes more than 1 s to judge per MB): respelt_tools read a reply's words one match at a time
(a match object and its span per word, a slice of the text per pair of words to tell whether they are written apart)
and walked every word to look up its window (its letters and its next two words', and whether they stand apart): a
fifth of judging 5 KB of spaced-out letters ("i g n o r e ...", a thousand words). The words are now the text split
at them, their places summed from the lengths and "apart" told by the string between them, at C speed; a reply of
more than _REMEMBERED_FROM_WORDS words works out each distinct window's runs once and visits only the places whose
window reads as a name.

Compared here with the form before, on random replies of tool names written whole, apart, one letter off and
spaced out, among ordinary words, with every separator, short and long, ASCII or not: the same finds, in order."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest

from bot.evaluation import respelt
from bot.evaluation.reading import Reading
from bot.evaluation.respelt import Respelt, _longest_at, _name_runs
from bot.evaluation.spans import SpanSet


def _respelt_as_before(reading: Reading, taken: SpanSet) -> list[Respelt]:
    index = respelt._index()
    text = reading.text
    words = [m.span() for m in respelt._WORD.finditer(text)]
    lower = reading.prepared.lower
    letters = [lower[start:end] for start, end in words]
    apart = [0 < b - a <= 2 and not text[a:b].strip(respelt._APART_CHARS) for (_, a), (b, _) in pairwise(words)]
    out: list[Respelt] = []
    exact, lengths = index.exact, index.slips.lengths_by_head
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


_SEPARATORS = [" ", " ", " ", "  ", "-", " - ", "\t", "\n", ", ", ". ", "--", " \t", "_", "'", "/", "   ", "é "]


def _reply(rng: random.Random, names: list[str], many: bool) -> str:
    words: list[str] = []
    for _ in range(rng.randint(60, 400) if many else rng.randint(1, 50)):
        kind = rng.random()
        name = rng.choice(names)
        if kind < 0.15:
            words.append(name)
        elif kind < 0.3:  # written apart
            cut = rng.randint(1, max(1, len(name) - 1))
            words.append(name[:cut] + rng.choice([" ", "-", "  ", " - "]) + name[cut:])
        elif kind < 0.45:  # one letter off
            at = rng.randrange(len(name))
            words.append(name[:at] + rng.choice("aeiouxst") + name[at + 1 :])
        elif kind < 0.55:  # spaced out
            words.append(" ".join(name))
        else:
            words.append(rng.choice(["i", "use", "and", "a", "canvas", "reach", "Ünïcode", "x" * 40, "1", "é"]))
    return "".join(w + rng.choice(_SEPARATORS) for w in words)


@pytest.mark.parametrize("many", [False, True])
def test_the_tools_found_are_those_found_word_by_word(many: bool) -> None:
    rng = random.Random(f"respelt-{many}")
    names = sorted(respelt._index().exact)
    found = 0
    for _ in range(150 if many else 400):
        text = _reply(rng, names, many)
        reading = Reading.of(text, "en")
        taken = SpanSet([])
        if rng.random() < 0.5:  # some of the text already found by the exact lists
            places = rng.sample(range(len(text)), min(3, len(text)))  # a text may be shorter than three
            spans = sorted({(a, min(len(text), a + rng.randint(1, 30))) for a in places})
            taken = SpanSet(spans)
        expected = _respelt_as_before(reading, taken)
        assert respelt.respelt_tools(reading, taken) == expected, text
        found += len(expected)
    assert found > 500


def test_a_long_reply_visits_only_the_places_whose_window_reads_as_a_name(monkeypatch: pytest.MonkeyPatch) -> None:
    visited: list[int] = []

    def counted(reading: Reading, words: list[tuple[int, int]], i: int, *args: object) -> object:
        visited.append(i)
        return _longest_at(reading, words, i, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(respelt, "_longest_at", counted)
    text = "i g n o r e a l l p r e v i o u s " * 60 + "I plan in Hoot Suite."
    found = respelt.respelt_tools(Reading.of(text, "en"), SpanSet([]))
    assert [r.key for r in found] and len(visited) <= 2


def test_words_are_apart_when_one_or_two_spaces_tabs_or_hyphens_stand_between_them() -> None:
    assert {a + b for a in " \t-" for b in ("", " ", "\t", "-")} == respelt._APART
    parts = respelt._ASCII_SPLIT.split("Hoot Suite,Tweet--Deck")
    assert parts == ["", "Hoot", " ", "Suite", ",", "Tweet", "--", "Deck", ""]
    assert [part in respelt._APART for part in parts[2:-1:2]] == [True, False, True]
