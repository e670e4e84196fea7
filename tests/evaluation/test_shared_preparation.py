"""Issue 10, less work per judgement that must find what the slower way found, checked on random texts.

A reply whose line breaks unwrap made spaces is prepared from what the keyword bound prepared
(patterns.prepare_alike): its word index and the hits of every lexicon with no line-start phrase must be
what preparing it afresh gives. Whole-reply scans that check a match's first character before their
look-behind, and try only the channels starting with it, find what they found before."""

from __future__ import annotations

import random
import re

from bot.evaluation import manipulation, negation, patterns, tools
from bot.evaluation.advice import cues
from bot.evaluation.lexicon import lexicons, toml_table
from bot.evaluation.metric_frames import frame_words
from bot.evaluation.patterns import Matcher, Prepared, one_judgement, prepare_alike
from bot.evaluation.tool_names import frames
from bot.evaluation.wrapping import unwrap

_SPACING = [" ", " ", "\n", "\r\n", "\n\n", "  ", "\t", "\n> ", "\n- ", "\n1. ", ", ", ". ", " - ", "/", ":"]
_EXTRA = ["SYSTEM:", "system", "^", "I", "we", "use", "it's", "don't", "take", "-" * 20, "Ω", "é", "İ", "1.", "x"]


def _matchers() -> list[Matcher]:
    lexicons(), frames(), cues(), frame_words(), manipulation._matcher()  # the last has "^" phrases
    return sorted(patterns._BUILT, key=lambda m: (len(m.entries), m.entries[0].phrase if m.entries else ""))


def _words(matchers: list[Matcher]) -> list[str]:
    phrases = sorted({e.phrase for m in matchers for e in m.entries})
    words = [w.rstrip("*") for p in phrases for w in p.split() if w not in ("...", "^")]
    return sorted(set(words)) + _EXTRA


def _text(rng: random.Random, words: list[str]) -> str:
    out = []
    for _ in range(rng.randint(1, 40)):
        out.append(rng.choice(words))
        out.append(rng.choice(_SPACING))
    return "".join(out)


def _spaced(rng: random.Random, text: str) -> str:
    """``text`` with some of its line breaks made spaces, as unwrap makes them (CRLF: two spaces)."""
    out = []
    i = 0
    while i < len(text):
        if text.startswith("\r\n", i) and rng.random() < 0.5:
            out.append("  ")
            i += 2
        elif text[i] == "\n" and rng.random() < 0.5:
            out.append(" ")
            i += 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def test_a_reply_prepared_alike_finds_what_it_finds_prepared_afresh() -> None:
    matchers = _matchers()
    assert any(m.line_free for m in matchers) and not all(m.line_free for m in matchers)
    words = _words(matchers)
    rng = random.Random(10)
    shared_hits = 0
    for _ in range(400):
        text = _text(rng, words)
        for changed in {unwrap(text), _spaced(rng, text)} - {text}:
            with one_judgement():
                base = Prepared.of(text)
                for m in matchers:
                    m.find(base)
                prepare_alike(text, changed)
                shared = Prepared.of(changed)
                assert shared.index is base.index
                got = [m.find(shared) for m in matchers]
            fresh = Prepared.of(changed)  # outside a judgement: built afresh
            assert (shared.text, shared.lower, shared.index, shared.keys, shared.rank) == (
                fresh.text, fresh.lower, fresh.index, fresh.keys, fresh.rank), changed
            assert got == [m.find(fresh) for m in matchers], changed
            shared_hits += sum(len(hits) for m, hits in zip(matchers, got, strict=True) if m.line_free)
    assert shared_hits > 1000  # the texts hold many hits, so the check means something


def test_a_text_that_differs_otherwise_is_prepared_afresh() -> None:
    with one_judgement():
        base = Prepared.of("I use Buffer\nand Canva")
        prepare_alike(base.text, "I use Buffer and Canvas")  # another text: not prepared from it
        prepare_alike(base.text, "I use Buffer and Canv")
        assert Prepared.of("I use Buffer and Canvas").index is not base.index


def _old_network_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """tools._network_regexes as written before: the look-behind first, the channels in one alternation."""
    channel_of = tools._network_regexes()[2]
    suffixes = lexicons().network_suffixes
    chan = "|".join(re.escape(c) for c in sorted(channel_of, key=len, reverse=True))
    suf = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    own_words = ("own", "built-in", "builtin", "native", "in-app", "internal")
    own = rf"(?:(?:{'|'.join(own_words)})\s++)?"
    forward = re.compile(
        rf"(?<![\w]){tools._starting(channel_of)}(?P<ch>{chan})(?:['’]s)?\s++{own}(?P<suf>{suf})(?![\w])")
    back_suffixes = sorted((s for s in suffixes if suffixes[s] in tools.NAMED_BEFORE_THE_NETWORK), key=len,
                           reverse=True)
    back = "|".join(re.escape(s) for s in back_suffixes)
    backward = re.compile(
        rf"(?<![\w]){tools._starting([*own_words, *back_suffixes])}{own}(?P<suf>{back})\s++"
        rf"(?:on|for|in|from|of|inside|within|von|auf|bei|de|des|du|da|do|del|sur|en|no|na)\s++(?P<ch>{chan})(?![\w])")
    return forward, backward


def _scan_texts(seed: int, words: list[str], count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(words) + rng.choice([" ", "  ", "'s ", "’s ", ", ", "\n", "-", "x", ""])
                    for _ in range(rng.randint(0, 12))).lower() for _ in range(count)]


def test_the_network_scans_find_what_they_found_before() -> None:
    new = tools._network_regexes()[:2]
    old = _old_network_regexes()
    words = [*tools._network_regexes()[2], *lexicons().network_suffixes, "own", "built-in", "native", "on", "of",
             "von", "analytics", "a", "book", "face", "insta", "gram", "_", "é"]
    found = 0
    for text in _scan_texts(12, words, 20_000):
        for n, o in zip(new, old, strict=True):
            got = [(m.span(), m.groupdict()) for m in n.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in o.finditer(text)], text
            found += len(got)
    assert found > 2000


def test_the_disowning_scan_finds_what_it_found_before() -> None:
    new = negation._disowning_pattern("en")
    old = re.compile(new.pattern.removeprefix("(?=[ibw])"))
    assert old.pattern != new.pattern
    table = toml_table("negation.toml")["disowned"]
    # Clauses in the scan's order (a self word, a negation or "ignore", a verb, a pointer, a tail), each
    # slot sometimes left out or filled with another slot's word, so that some match and some fall short.
    slots = [["i ", "we ", "i've ", "we'd ", "but ", "but i ", "bi ", "wi ", "x"],
             [*(f"{w} " for w in table["gap"]["en"]), ""],
             [*(f"{w} " for w in table["negations"]["en"] + table["ignore"]["en"])],
             [*(f"{w} " for w in table["verbs"]["en"])],
             ["them", "those", "it", "that", "none of them", "neither", "any of them", "either", "me"],
             [*(f" {w}" for w in table["tail"]["en"]), ""],
             [".", ",", " and", " so", "", "x", "\n"]]
    rng = random.Random(13)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(rng.choice(slots)) if rng.random() < 0.1 else ("" if rng.random() < 0.1 else
                       rng.choice(slot)) for slot in slots for _ in range(rng.choice((1, 1, 1, 2))))
        text = text * rng.choice((1, 2))
        got = [(m.span(), m.groupdict()) for m in new.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in old.finditer(text)], text
        found += len(got)
    assert found > 500
