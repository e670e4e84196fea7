"""Issue 9 (parse_bench's plain reply within 2x the bare parse): the phrases of a lexicon that the word index cannot
find and that start with a word (a starred word of two letters, as the compact manipulation phrases "dr rvwr", "bl*
...") are scanned for in the whole text. Headed by the word-start look-behinds, that scan was tried at every
character of every reply (about a tenth of the plain reply's regex time); the look-behinds are now written after
each branch's first letter (as the word index's own scan is), so the regex engine skips at C speed to where one of
those letters stands.

Compared here with the look-behind-first form, for every lexicon of a judgement that scans such phrases, on random
texts of its own phrases with letters, digits, underscores and apostrophes glued before and after their words: the
same entries at the same places in the same order."""

from __future__ import annotations

import random
import re

import pytest

from bot.evaluation import patterns
from bot.evaluation.patterns import Entry, Matcher, Prepared
from tests.evaluation.test_linear_patterns import _tells_where_a_match_starts
from tests.evaluation.test_phrase_trees import _entries_of_every_lexicon, _said

_GLUED = ["", "", "", "", "x", "l'", "d’", "_", "9", "é", "x'", "'", "-", "\n", "(", "qu‘"]


def _compile_as_before(items: list[tuple[int, str]], *, head: str) -> re.Pattern[str]:
    """Matcher._compile before the word start was written after the first letters: the head before every branch."""
    ordered = sorted(items, key=lambda item: -len(item[1]))
    body = patterns._alternation([(f"e{index}", rx) for index, rx in ordered])
    return re.compile(rf"{head}(?:{body})(?![\w])", re.MULTILINE)


def _scanning_words(entries: tuple[Entry, ...]) -> bool:
    return any(patterns._index_key(e.phrase) is None
               and patterns._scan_kind(patterns.phrase_regex(e.phrase)[0]) == "word" for e in entries)


# Phrases scanned as words of every form: starred words of one or two letters, a case-kept word, a digit first, a
# letter outside ASCII first, and an indexed phrase beside them.
_MADE_UP = tuple(Entry(p, p) for p in ("dr rvwr", "dr* rvwr", "d* ... r", "ig* prev*", "i* p", "é* x", "4u* now",
                                       "OK* go", "ok go", "go* OK", "x", "xy*", "xy* z*", "_x* y"))


def _lexicons() -> list[tuple[Entry, ...]]:
    return [*(entries for entries in _entries_of_every_lexicon() if _scanning_words(entries)), _MADE_UP]


def test_the_compact_manipulation_phrases_are_scanned_only_where_their_first_letters_stand() -> None:
    lexicons = _lexicons()
    assert len(lexicons) >= 2
    told = [rx for entries in lexicons[:-1] for rx, _ in Matcher(entries)._scanned
            if rx.pattern.startswith("(?:") and patterns._WORD_HEAD_AFTER_FIRST in rx.pattern]
    assert told and all(_tells_where_a_match_starts(rx) for rx in told)
    as_before = _compile_as_before([(0, "dr[\\s\\-/]++rvwr")], head=patterns._WORD_HEAD)
    assert not _tells_where_a_match_starts(as_before)  # what the test catches


@pytest.mark.parametrize("part", range(2))
def test_every_lexicon_scanning_words_finds_what_its_look_behind_first_form_found(
        part: int, monkeypatch: pytest.MonkeyPatch) -> None:
    lexicons = _lexicons()[part::2]
    assert lexicons
    rng = random.Random(f"word-scans-{part}")
    hits = 0
    for entries in lexicons:
        new = Matcher(entries)
        with monkeypatch.context() as patched:
            patched.setattr(Matcher, "_compile", staticmethod(_compile_as_before))
            old = Matcher(entries)
            old.compile_all()
        new.compile_all()
        words = sorted({w.rstrip("*") for e in entries for w in e.phrase.split() if w not in ("...", "^")})
        phrases = [e.phrase for e in entries]
        for _ in range(3000):
            text = "".join(rng.choice(_GLUED) + (_said(rng.choice(phrases), rng, words) if rng.random() < 0.8
                                                 else rng.choice(words) + " ") + rng.choice(_GLUED)
                           for _ in range(rng.randint(1, 8)))
            found = [(h.entry, h.start, h.end) for h in new._find(Prepared._build(text))]
            assert found == [(h.entry, h.start, h.end) for h in old._find(Prepared._build(text))], text
            hits += len(found)
    assert hits > 500, hits
