"""Issue 9 (parse_bench's plain reply within 2x the bare parse): a lexicon's regex for one first word is a tree of
the parts its phrases share (patterns._shared_heads), not one branch per phrase. The negation lexicons hold about
400 phrases that start with "i" ("i really need to also have ...", "i have to master ..."); each branch read the
separators after "i" again before failing on its next word, and the regex engine skips no branch by its first
letter when it starts with a run: one "I" in a reply cost about 1.5 M instructions, a sixth of a judgement.

Compared here with every phrase tried whole in turn (the branches before any sharing), for every lexicon a
judgement builds: the same entries at the same places in the same order, on random texts made of each lexicon's
own phrases (whole, cut short, with the gap's words, endings, capitals and every separator), so that phrases which
share long beginnings and fail late are tried."""

from __future__ import annotations

import random
import re

import pytest

from bot.evaluation import patterns
from bot.evaluation.bounded import judge_bounded
from bot.evaluation.patterns import Entry, Matcher, Prepared
from bot.mail.parse import parse_mail
from bot.settings import EvaluationSettings

_REPLY = (b"From: Dana Reyes <dana@mail.example>\r\nTo: endorse@bot.example\r\nSubject: Re: plain\r\n"
          b"Message-ID: <trees@mail.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
          b"I schedule with Buffer and track reach, saves and response time. Stay calm with angry customers.\r\n")
_SEPARATORS = [" ", " ", " ", "  ", "-", " - ", "/", "\n", " ---- ", ", ", ". ", "'", "’", "", ": ", "\t"]
_ENDINGS = ["", "", "", "s", "ing", "ed", "'s", "x"]


def _unshared(items: list[tuple[str, str]]) -> str:
    return "|".join(f"(?P<{name}>{rx})" for name, rx in items)


def _entries_of_every_lexicon() -> list[tuple[Entry, ...]]:
    judge_bounded(parse_mail(_REPLY), EvaluationSettings())  # loads the lexicons a judgement reads
    return [m.entries for m in sorted(patterns._BUILT, key=lambda m: m._serial) if m.entries]


def _said(phrase: str, rng: random.Random, words: list[str]) -> str:
    """The phrase as a reply may write it: its gaps filled with 0-5 words, its stars given endings, its words in
    random case, joined by random separators, and now and then cut short or with a word changed."""
    out: list[str] = []
    tokens = phrase.split()
    if rng.random() < 0.3:
        tokens = tokens[: rng.randint(1, len(tokens))]
    for token in tokens:
        if token == "^":
            continue
        if token == "...":
            out.extend(rng.choice(words) for _ in range(rng.randint(0, 5)))
            continue
        word = token.removesuffix("*") + (rng.choice(_ENDINGS) if token.endswith("*") else "")
        if rng.random() < 0.05:
            word = rng.choice(words)
        out.append(word.upper() if rng.random() < 0.1 else word.capitalize() if rng.random() < 0.2 else word)
    return "".join(w + rng.choice(_SEPARATORS) for w in out)


def test_the_tree_of_shared_parts_is_smaller_than_the_branches() -> None:
    """The 400 "i" phrases read "i" and the separators after it once, and each word after them opens one branch
    per first letter; fails with one branch per phrase. (A phrase with a gap, "i ... know", is longer and so tried
    before "i must know": it would take "I must-know" as before.)"""
    entries = [Entry(p, p) for p in ("i really need to master", "i really need to know", "i have to master",
                                     "i have to know", "i must know", "i should know")]
    (regex,) = Matcher(entries).regexes()
    sep = re.escape(patterns._SEP)
    assert len(re.findall("i" + sep, regex.pattern)) == 0  # the "i" is pulled out first, then its separators
    assert regex.pattern.count(patterns._SEP) == 8, regex.pattern  # 16 with one branch per phrase
    assert regex.pattern.count("really") == regex.pattern.count("have") == 1
    text = "I really need to know it; i have to  master it, I must-know, i should know, i never know"
    assert [h.key for h in Matcher(entries).find(Prepared.of(text))] == [
        "i really need to know", "i have to master", "i must know", "i should know"]


def test_parts_that_match_in_one_way_only_are_told_from_the_rest() -> None:
    """What neighbours may share: a character, a class once or run possessively, a case-blind run of
    characters; never a greedy or lazy repeat, a group or a class followed by another quantifier."""
    assert [patterns._atom_at(rx) for rx in ("a", "\\-x", "[\\s\\-/]++x", "[\\s\\-/]*+", "['’]x", "(?i:dm)x")] == [
        "a", "\\-", "[\\s\\-/]++", "[\\s\\-/]*+", "['’]", "(?i:dm)"]
    for rx in ("a*", "a{2}", "[ab]*x", "[ab]+x", "(?:ab)", "\\w", "\\s", "^a", "(?i:[ab])", "a?"):
        assert patterns._atom_at(rx) is None, rx
    assert [patterns._literal(patterns._atom_at(rx)) for rx in ("a", "\\-", "[a]", "(?i:a)")] == ["a", "-", None, None]


@pytest.mark.parametrize("part", range(4))
def test_every_lexicon_finds_what_each_phrase_tried_whole_in_turn_found(
        part: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every lexicon of a judgement (a quarter of them per part), as a tree and with one branch per phrase, on
    random texts of its own phrases: the same entries at the same places in the same order. Fails if phrases
    with different first parts are reordered across one that is not a character, or a shared part is one that
    can match in more than one way."""
    lexicons = _entries_of_every_lexicon()[part::4]
    assert len(lexicons) >= 10
    rng = random.Random(f"phrase-trees-{part}")
    hits = shared = 0
    for entries in lexicons:
        tree = Matcher(entries)
        with monkeypatch.context() as patched:
            patched.setattr(patterns, "_shared_heads", _unshared)
            whole = Matcher(entries)
            whole.compile_all()  # each regex is compiled when first asked for: all of them here, unshared
        tree.compile_all()
        shared += sum(len(rx.pattern) for rx in tree.regexes()) < sum(len(rx.pattern) for rx in whole.regexes())
        words = sorted({w.rstrip("*") for e in entries for w in e.phrase.split() if w not in ("...", "^")})
        phrases = [e.phrase for e in entries]
        for _ in range(60):
            text = "".join(_said(rng.choice(phrases), rng, words) if rng.random() < 0.8 else rng.choice(words) + " "
                           for _ in range(rng.randint(1, 12)))
            found = [(h.entry, h.start, h.end) for h in tree._find(Prepared._build(text))]
            assert found == [(h.entry, h.start, h.end) for h in whole._find(Prepared._build(text))], text
            hits += len(found)
    assert hits > 1_000 and shared >= 5, (hits, shared)
