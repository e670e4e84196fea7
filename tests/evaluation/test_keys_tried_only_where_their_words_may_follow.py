"""Issue 10 (no message takes more than 1 s to judge per MB): a lexicon's regex for one first word is tried at every
place that word stands, and in a reply of one word or letter repeated (spaced-out letters, "i g n o r e ...") that is
hundreds of tries of regexes that read on past the key: a gap of up to four words ("e ... imprescindivel") reads each
of five widths for each of its phrases. Every match of such a regex holds one of a few strings (its phrases' literal
words, patterns.needed_strings); a text holding none of them at all cannot match, which a substring search at C
speed tells, so the tries are skipped (for a key standing at patterns._NEEDED_FROM places or more).

Compared here with every try made, for every lexicon a judgement builds: the same entries at the same places in the
same order, on random texts that repeat the lexicon's first words many times among its own phrases (whole, cut short,
with a word changed), so that the needed words are now there and now missing."""

from __future__ import annotations

import random
import re

import pytest

from bot.evaluation import patterns
from bot.evaluation.patterns import Entry, Matcher, Prepared, needed_strings
from tests.evaluation.test_phrase_trees import _SEPARATORS, _entries_of_every_lexicon, _said


@pytest.mark.parametrize(("rx", "held", "needed"), [
    # A gap's phrases: each branch's word after the gap.
    (r"(?:e(?:[\s\-/]++(?:(?P<e1>(?:[^\s\-/]++[\s\-/]++){0,4}?imprescindivel)|(?P<e2>preciso))))(?![\w])", "e",
     ("imprescindivel", "preciso")),
    # The key's own word tells nothing: the text holds it wherever the regex is tried.
    (r"ignore[\s\-/]++(?:(?P<e1>all[\s\-/]++previous)|(?P<e2>prior[\s\-/]++rules))", "ignore", ("previous", "prior")),
    (r"ignore[\s\-/]++(?:(?P<e1>all[\s\-/]++previous)|(?P<e2>prior[\s\-/]++rules))", "", ("ignore",)),
    # An optional group or a repeat of none says nothing; a repeat of at least one says what it holds.
    (r"x(?:abc|de)?yzw", "", ("yzw",)), (r"(?:abcd)++|efgh", "", ("abcd", "efgh")), (r"(?:abcd)*+x", "", None),
    # Case ignored, in part or in whole: not read.
    (r"ab(?i:cde)fgh", "", ("fgh",)), (r"(?i:abcdef)", "", None), (r"(?i)abcdef", "", None),
    # A branch that needs nothing, or strings too short to tell anything: nothing.
    (r"abcd|\w+", "", None), (r"ab|cd", "", None),
])
def test_what_every_match_holds(rx: str, held: str, needed: tuple[str, ...] | None) -> None:
    assert needed_strings(re.compile(rx), held) == needed


def _first_words(entries: tuple[Entry, ...]) -> list[str]:
    return sorted({e.phrase.split()[0].rstrip("*") for e in entries if e.phrase.split()[0] not in ("^", "...")})


@pytest.mark.parametrize("part", range(3))
def test_every_lexicon_finds_what_every_try_found(part: int, monkeypatch: pytest.MonkeyPatch) -> None:
    lexicons = _entries_of_every_lexicon()[part::3]
    assert lexicons
    rng = random.Random(f"needed-{part}")
    skipped = hits = 0
    for entries in lexicons:
        matcher = next(m for m in patterns._BUILT if m.entries is entries)
        heads = _first_words(entries)
        if not heads:
            continue
        words = sorted({w.rstrip("*") for e in entries for w in e.phrase.split() if w not in ("...", "^")})
        phrases = [e.phrase for e in entries]
        for _ in range(150):
            head = rng.choice(heads)
            said = [p for p in phrases if p.split()[0].rstrip("*") == head] or phrases
            pieces = [head + rng.choice(_SEPARATORS) if rng.random() < 0.85 else _said(rng.choice(said), rng, words)
                      for _ in range(rng.randint(patterns._NEEDED_FROM, 3 * patterns._NEEDED_FROM))]
            text = "".join(pieces)
            prepared = Prepared._build(text)
            found = [(h.entry, h.start, h.end) for h in matcher._find(prepared)]
            hits += len(found)
            with monkeypatch.context() as patched:
                patched.setattr(patterns, "_NEEDED_FROM", 10**9)
                assert found == [(h.entry, h.start, h.end) for h in matcher._find(Prepared._build(text))], text
            skipped += any(len(prepared.index.get(key, ())) >= patterns._NEEDED_FROM
                           and (needed := patterns._NEEDS.get(rx)) and not any(s in prepared.lower for s in needed)
                           for key in matcher._keys for rx, _ in matcher._by_key.get(key, ()))
    assert skipped > 100 and hits > 2000  # the skip is taken, and the tries find


def test_a_made_up_lexicon_with_gaps_finds_what_every_try_found(monkeypatch: pytest.MonkeyPatch) -> None:
    entries = tuple(Entry(p, p) for p in ("e ... imprescindivel", "e preciso", "e ... vital", "i really need to know",
                                          "i must*", "ignore ... instructions", "ignore prior rules"))
    matcher = Matcher(entries)
    rng = random.Random("made-up")
    words = ["e", "i", "ignore", "imprescindivel", "preciso", "vital", "really", "need", "to", "know", "must",
             "mustn't", "instructions", "prior", "rules", "x", "a"]
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 40)))
        found = [(h.entry, h.start, h.end) for h in matcher._find(Prepared._build(text))]
        with monkeypatch.context() as patched:
            patched.setattr(patterns, "_NEEDED_FROM", 10**9)
            assert found == [(h.entry, h.start, h.end) for h in matcher._find(Prepared._build(text))], text
