"""Issue 10: checks asked after every name or mention, written to pass over what cannot match sooner, must answer
as the patterns they replace did. Each fast form is compared with the pattern as it was (kept here) on random
texts of its own words, glued, cut, in mixed case and with the letters a case-ignoring pattern reads as others
("ſ" for "s", "İ" and "ı" for "i", the Kelvin sign for "k").

Whose evidence a mention is (subjects.someone_elses) scanned the _BACK characters before it and the _AHEAD after
it for person words and named groups with patterns that start with a look-behind (tried at every character); they
are now tried only where the reply's word index says a person word may start (subjects._at_openers), and must find
what the scans found."""

from __future__ import annotations

import random
import re
import sys

import pytest

from bot.evaluation import subjects, tool_names
from bot.evaluation.reading import Reading
from tests.evaluation.test_batched_checks import _text as _subjects_text
from tests.evaluation.test_batched_checks import _vocabulary

# tool_names._PERSON_AFTER as it was: the pronouns tried after each of the up to three words.
_PERSON_AFTER_BEFORE = re.compile(
    r"(?:\s*+,\s*+(?:our|my|who|nuestr[oa]|mi|unser[e]?|mein[e]?|notre|ma|mon|nossa|nosso|minha|meu)\b"
    r"|(?:\s++\w++){0,3}?\s++(?:she|he|her|him|his|hers|ella|él|sie|er|ihr|elle|il|ela|ele)\b)",
    re.IGNORECASE,
)

_ODD = ["ſ", "İ", "ı", "\u212a", "É", "é", "E\u0301", "ß", "\u00a0", "\u2028", "\t", "\n", "_", "7", "’", "'"]
_WORDS = ["she", "he", "her", "him", "his", "hers", "ella", "él", "sie", "er", "ihr", "elle", "il", "ela", "ele",
          "our", "my", "who", "nuestra", "mi", "unsere", "mein", "notre", "ma", "mon", "nossa", "minha", "meu",
          "and", "team", "Siobhan", "Kurrently", "shelf", "hey", "is", "e", "s", "h", "i"]


def _mixed(rng: random.Random, word: str) -> str:
    out = []
    for char in word:
        pick = rng.random()
        out.append(char.upper() if pick < 0.3 else rng.choice(_ODD) if pick < 0.36 else char)
    return "".join(out)


def _text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 12)):
        parts.append(_mixed(rng, rng.choice(_WORDS)))
        parts.append(rng.choice([" ", " ", "  ", ", ", ",", "", "\n", " - ", rng.choice(_ODD)]))
    return "".join(parts)


def test_the_first_letter_class_reads_every_character_as_the_pronouns_first_letters_do() -> None:
    firsts = sorted({p[0] for p in tool_names._PERSON_PRONOUNS})
    fast = re.compile(f"[{''.join(firsts)}]", re.IGNORECASE)
    each = [re.compile(re.escape(f), re.IGNORECASE) for f in firsts]
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(fast.fullmatch(char)) == any(p.fullmatch(char) for p in each), hex(code)


@pytest.mark.parametrize("seed", range(4))
def test_a_person_after_a_name_is_found_as_before(seed: int) -> None:
    rng = random.Random(seed)
    found = 0
    for _ in range(1500):
        text = _text(rng)
        for end in range(len(text) + 1):
            stop = rng.randint(end, len(text))
            expected = _PERSON_AFTER_BEFORE.match(text, end, stop)
            got = tool_names._PERSON_AFTER.match(text, end, stop)
            assert (got is None) == (expected is None), (text, end, stop)
            if expected is not None:
                assert got is not None and got.span() == expected.span(), (text, end, stop)
                found += 1
    assert found > 1500


@pytest.mark.parametrize("language", ["en", "es", "fr", "de", "pt"])
def test_person_words_tried_at_their_openers_are_those_the_scans_find(language: str) -> None:
    rng = random.Random(f"openers-{language}")
    vocabulary, people, selves = _vocabulary(language)
    person, group = subjects._patterns(language)[0], subjects._owner_after(language)[2]
    found = 0
    for _ in range(150):
        text = _subjects_text(rng, vocabulary, people, selves)
        reading = Reading.of(text, language)
        lower, openers = reading.prepared.lower, subjects._opener_starts(reading)
        for _ in range(20):
            lo = rng.randint(0, len(text))
            hi = rng.randint(lo, min(len(text), lo + 2 * subjects._BACK))
            for pattern in (person, group):
                expected = [(m.span(), m.groupdict()) for m in pattern.finditer(lower, lo, hi)]
                got = [(m.span(), m.groupdict()) for m in subjects._at_openers(pattern, lower, openers, lo, hi)]
                assert got == expected, (text, lo, hi)
                found += len(expected)
    assert found > 2000
