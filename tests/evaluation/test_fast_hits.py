"""Issue 10 (seconds per MB), issue 9 (parse_bench): three of the most-called steps of a judgement made cheaper
without changing what they give. A lexicon's hit is made by setting its slots (patterns._new_hit) instead of the
frozen dataclass's __init__; the sentence index of a place (text.Layout.index_at) is clamped by a comparison
instead of max(); a reading's text is a slot (Reading.text) instead of a property. Each is compared with the form
it replaces."""

from __future__ import annotations

import bisect
import dataclasses
import random

import pytest

from bot.evaluation import patterns
from bot.evaluation.lexicon import lexicons
from bot.evaluation.patterns import Entry, Hit, Prepared
from bot.evaluation.reading import Reading
from bot.evaluation.text import layout

_WORDS = ["I", "use", "Hootsuite", "Buffer", "and", "Canva", "reach", "engagement rate", "listen", "apologise",
          "stay calm", "take it offline", "angry", "customers", "don't", "never", "ignore them", "we", "track",
          "CTR", "share of voice", "Sprout Social", "followers", "it", "[INST]", "### system", "assistant:"]
_JOINS = [" ", " ", ", ", ". ", "\n", "\n\n", " - ", ": ", "; ", "'", "’", "  ", "\t", "\n- ", "\n1. "]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_JOINS) for _ in range(rng.randint(0, 40)))


def test_a_hit_made_by_its_slots_is_the_dataclass_hit() -> None:
    """patterns._new_hit(entry, start, end) is Hit(entry, start, end): equal both ways, hashed, shown and typed
    alike, frozen, with no __dict__. Fails if a slot is left unset or set to another field's value."""
    entry = Entry("reach", "reach", True, "en")
    for start, end in [(0, 0), (0, 5), (3, 17), (10**6, 10**6 + 2)]:
        made, expected = patterns._new_hit(entry, start, end), Hit(entry, start, end)
        assert type(made) is Hit
        assert made == expected and expected == made and hash(made) == hash(expected) and repr(made) == repr(expected)
        assert (made.entry, made.start, made.end, made.key) == (entry, start, end, "reach")
        assert dataclasses.astuple(made) == dataclasses.astuple(expected)
        assert made != Hit(entry, start, end + 1)
        assert not hasattr(made, "__dict__")
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.start = 1  # type: ignore[misc]


def test_lexicon_hits_made_by_their_slots_are_the_hits_the_dataclass_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every lexicon finds the same hits in random texts of its own kind of words as with Matcher._hit making
    them with Hit(...). Fails if a hit's start or end, or its entry, differs."""
    lex = lexicons()
    matchers = [m for m in (getattr(lex, f.name) for f in dataclasses.fields(lex)) if isinstance(m, patterns.Matcher)]
    assert len(matchers) >= 10
    rng = random.Random("fast-hits")
    texts = [_text(rng) for _ in range(150)]
    found = [[m.find(Prepared._build(t)) for m in matchers] for t in texts]
    assert sum(len(hits) for per_text in found for hits in per_text) > 1_000

    def old_hit(self: patterns.Matcher, m: object) -> Hit:
        return Hit(self._entry_of[m.lastgroup], m.start(), m.end())  # type: ignore[attr-defined]

    monkeypatch.setattr(patterns.Matcher, "_hit", old_hit)
    for text, per_text in zip(texts, found, strict=True):
        prepared = Prepared._build(text)
        for matcher, hits in zip(matchers, per_text, strict=True):
            expected = matcher.find(prepared)
            assert hits == expected, text
            assert [(h.entry, h.start, h.end) for h in hits] == [(h.entry, h.start, h.end) for h in expected]


def test_sentence_index_of_every_place_is_the_clamped_bisection() -> None:
    """Layout.index_at(pos) is max(0, bisect_right(starts, pos) - 1) for every place of random texts, before
    their first sentence (leading blank lines) and past their end too. Fails if a place before the first
    sentence gets -1."""
    rng = random.Random("index-at")
    before_first = 0
    for _ in range(300):
        text = rng.choice(["", "\n", "\n\n  ", "   "]) + _text(rng)
        lay = layout(text)
        for pos in range(-2, len(text) + 3):
            expected = max(0, bisect.bisect_right(lay.starts, pos) - 1)
            assert lay.index_at(pos) == expected, (text, pos)
            assert lay.sentence_at(pos) == lay.sentences[expected]
            before_first += pos < lay.starts[0]
    assert before_first > 300


def test_a_readings_text_is_its_prepared_text() -> None:
    """Reading.text is the prepared text, for a reading made by Reading.of and for one copied with another
    language (tips reads a reply again in the language of its tip); it takes no part in equality or hashing.
    Fails if the slot is left unset or kept from the reading copied."""
    rng = random.Random("reading-text")
    for _ in range(50):
        text = _text(rng)
        reading = Reading.of(text, "en")
        assert reading.text is reading.prepared.text and reading.text == text
        again = dataclasses.replace(reading, language="de")
        assert again.text is reading.prepared.text and again.language == "de"
        other = Reading.of(text + " x", "en")
        copied = dataclasses.replace(reading, prepared=other.prepared)
        assert copied.text == text + " x"
        assert reading == dataclasses.replace(reading)
    text_field = {f.name: f for f in dataclasses.fields(Reading)}["text"]
    assert not (text_field.init or text_field.compare or text_field.repr)
