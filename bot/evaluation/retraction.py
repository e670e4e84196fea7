"""Retractions: a clause with which the writer takes back what they wrote before it.

"Scratch that.", "Ignore all of the above.", "Just kidding.", "Vergiss alles oben, das war nur ein Scherz.",
"Esquece tudo isso, era brincadeira." (issue 10, red team): the answer above such a clause is shown, but disowned.
The rules read mentions and their negation clause by clause; a retraction is about text, not about a tool or a
tip, so it is read here, as a grammar (bot/lexicons/retraction.toml): at a clause's start, after a few openers
("please", "actually", "ok"), an imperative of disowning with an object that points at what was written ("that",
"everything I wrote above", "my previous answer"), ending its clause; or a statement that what was written is a
joke, a lie, made up or untrue. The markers of every language the judge reads are looked for in every reply.

A retraction disowns what comes before it, but how much ("scratch that" may take back one line, or all of it) is
not read. So the judge reads the reply from its last retraction on: what the writer still says after taking the
rest back. A pass that still passes there stands (a correction: "Scratch that, I use Buffer, ..."); otherwise the
reply goes to a person as ``retracted``, never a pass (bounded.judge_input).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from bot.evaluation.lexicon import toml_table

_WORD = re.compile(r"[^\W_]")


def _alternation(phrases: list[str]) -> str:
    """The phrases as one alternation, grouped by their first letter (the engine tries only the phrases that start
    like the text), longest first within each group."""
    groups: dict[str, list[str]] = {}
    for phrase in sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True):
        groups.setdefault(phrase[0], []).append(re.escape(phrase[1:]).replace(r"\ ", r"\s++").replace("'", "['’]"))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_FIRST_WORD = re.compile(r"[^\W\d_]+")
# Where a clause may start: the text's start, or after a punctuation mark or a line break, and the first word there.
# Read as two patterns: one matched at the start, and one that starts with the marks (a scan skips to them; an
# alternation of "\A" and the marks was tried at every character).
_FIRST_WORD_THERE = r"[ \t]*+(?=[{letters}])(?=({words})(?![\w'’]))"
_CLAUSE_START = r"[.!?;:,(\n…—–-]" + _FIRST_WORD_THERE
_MAX_OPENERS = 3


@dataclass(frozen=True, slots=True)
class _Grammar:
    # Where a clause starts with the first word of an opener or of a retraction (found at C speed: most clauses are
    # never looked at in Python), and that word: at the text's start (text_start, matched) and after a mark.
    text_start: re.Pattern[str]
    clause_start: re.Pattern[str]
    opener_words: frozenset[str]  # the first words of the openers
    opener: re.Pattern[str]  # one opener and what separates it from the next word
    # A retraction, by the first word it starts with: the pattern's text, compiled by _retraction_from on first
    # need (compiling all of them cost half a second of CPU at the first judgement of every process, for words
    # that almost no reply's clause starts with).
    by_first_word: dict[str, str]


def _first_word(phrase: str) -> str:
    m = _FIRST_WORD.match(phrase)
    return m.group() if m else ""


@cache
def _grammar() -> _Grammar:
    table = toml_table("retraction.toml")

    def phrases(name: str) -> list[str]:
        return sorted({p.strip().lower() for language in table[name].values() for p in language if p.strip()})

    def by_first(names: tuple[str, ...]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for name in names:
            for phrase in phrases(name):
                found.setdefault(_first_word(phrase), []).append(phrase)
        return found

    please = r"(?:\s++(?:please|pls|bitte|por\s++favor|svp|s['’]il\s++vous\s++plaît))?+"
    clause_end = rf"{please}(?=[ \t]*+(?:[.,;:!?)\n…—–-]|\Z))"
    any_pointer = _alternation(phrases("pointers") + phrases("short_pointers"))
    text_pointer = _alternation(phrases("pointers"))
    strong, weak, said = by_first(("strong_verbs",)), by_first(("verbs",)), by_first(("statements",))
    patterns: dict[str, str] = {}
    for word in {*strong, *weak, *said}:
        parts = []
        if word in strong:
            parts.append(rf"(?:{_alternation(strong[word])})\s++(?:{any_pointer}){clause_end}")
        if word in weak:
            parts.append(rf"(?:{_alternation(weak[word])})\s++(?:{text_pointer}){clause_end}")
        if word in said:
            parts.append(rf"(?:{_alternation(said[word])})(?![\w'’-])")
        patterns[word] = "|".join(parts)
    openers = phrases("openers")
    opener_words = frozenset(map(_first_word, openers))
    firsts = opener_words | set(patterns)
    letters = "".join(sorted({c for w in firsts for c in (w[0], w[0].upper())}))
    first_word = {"letters": re.escape(letters), "words": _alternation(sorted(firsts))}
    return _Grammar(re.compile(_FIRST_WORD_THERE.format(**first_word), re.IGNORECASE),
                    re.compile(_CLAUSE_START.format(**first_word), re.IGNORECASE), opener_words,
                    re.compile(rf"(?:{_alternation(openers)})(?![\w'’])[ \t]*+[,:!.]?[ \t]*+", re.IGNORECASE),
                    patterns)


@cache
def _retraction_from(word: str) -> re.Pattern[str]:
    return re.compile(_grammar().by_first_word[word], re.IGNORECASE)


def _clause_starts(grammar: _Grammar, text: str) -> Iterator[re.Match[str]]:
    """The matches of "(?:\\A|<a mark>)<first word there>" in ``text``, in order: the one at the start consumes only
    spaces and tabs, so the scan after a mark from the start finds every other."""
    first = grammar.text_start.match(text)
    if first is not None:
        yield first
    yield from grammar.clause_start.finditer(text)


# What last_retraction's memo holds for a place not tried yet.
_NOT_TRIED = re.compile("").match("")


def last_retraction(text: str) -> tuple[int, int] | None:
    """(start, end) of the last retraction in ``text`` that has words of the reply before it, or None."""
    grammar = _grammar()
    found: tuple[int, int] | None = None
    # Where a retraction's first word was tried, and what it found: a clause read past its openers ("ach. I ...")
    # reaches a word that often starts a clause of its own, found next by the scan ("I ...").
    tried: dict[tuple[int, str], re.Match[str] | None] = {}
    # Clause starts are found at C speed; a clause is read only when its first word (after at most three openers)
    # may start a retraction, and then only against the phrases that start with that word: each try is a small
    # alternation of fixed phrases, possessive, within its clause, so the whole is linear in the text.
    for start in _clause_starts(grammar, text):
        pos, word = start.end(), start.group(1).lower()
        for _ in range(_MAX_OPENERS):
            if word in grammar.by_first_word or word not in grammar.opener_words:
                break
            opener = grammar.opener.match(text, pos)
            following = _FIRST_WORD.match(text, opener.end()) if opener is not None else None
            if following is None:
                break
            pos, word = following.start(), following.group().lower()
        if word not in grammar.by_first_word:
            continue
        m = tried.get((pos, word), _NOT_TRIED)
        if m is _NOT_TRIED:
            m = tried[(pos, word)] = _retraction_from(word).match(text, pos)
        if m is not None:
            found = m.span()
    if found is None or _WORD.search(text, 0, found[0]) is None:
        return None  # none, or "Ignore my previous answer: ..." opens the reply: nothing of it is taken back
    return found
