"""Loads the editable pattern files in bot/mail/data/ and compiles them once.

The files hold plain phrases so that a non-programmer can add a language; this module turns the
phrases into bounded regular expressions (no nested quantifiers, so no catastrophic backtracking;
every unbounded repeat is possessive, so a match attempt never gives back what it read).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).with_name("data")


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed TOML file ``bot/mail/data/<name>.toml``."""
    with (DATA_DIR / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first so that the longest phrase wins."""
    unique = sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s++") for p in unique)


def compile_all(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def fill(template: str, phrases: Iterable[str]) -> str:
    """``template`` with "<PHRASES>" replaced by an alternation of ``phrases``."""
    return template.replace("<PHRASES>", alternation(phrases))


def grouped_fill(template: str, phrases: Iterable[str]) -> str:
    """``fill`` with the phrases grouped by their first character (``grouped_alternation``): the same
    strings match, so a pattern asked only whether it matches answers the same, but each place is tried
    against a few dozen first characters instead of every phrase (a subject or a sender's name is read
    for every message, against a hundred or more phrases)."""
    return template.replace("<PHRASES>", grouped_alternation(phrases))


def grouped_alternation(phrases: Iterable[str]) -> str:
    """The alternation of ``phrases`` (as ``alternation`` writes them) grouped by their first character,
    for a scan of every line of a text: a line is tried only against the phrases that start like it,
    where a plain alternation tries each phrase in turn. For finding phrases, not choosing among them."""
    groups = _by_first_character(phrases)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def phrase_pieces(phrases: Iterable[str]) -> tuple[str, ...]:
    """Strings one of which every match of ``grouped_alternation(phrases)`` holds: each phrase as it writes it
    (stripped, lower case) has its spaces read as runs of white space and the rest as it stands, so a match holds
    the phrase's longest piece between spaces. A piece holding another is left out (a text holding it holds the
    other), and with no phrase the answer is ("",), which every text holds (the empty alternation matches
    anywhere). A text holding none of them is not searched: most replies hold no closing or caution word."""
    pieces = {max(phrase.split(" "), key=len) for phrase in {p.strip().lower() for p in phrases if p.strip()}}
    kept = [piece for piece in pieces if not any(other != piece and other in piece for other in pieces)]
    return tuple(sorted(kept, key=lambda piece: (-len(piece), piece))) or ("",)


def _by_first_character(phrases: Iterable[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for phrase in sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True):
        groups.setdefault(phrase[0], []).append(re.escape(phrase[1:]).replace(r"\ ", r"\s++"))
    return groups


# The characters a case-ignoring pattern takes for an ASCII letter besides its two cases: "İ" and dotless "ı" for
# "i", the long "ſ" for "s", the Kelvin sign for "k".
_FELLOWS = {"i": "İı", "s": "ſ", "k": "\u212a"}


def case_fellows(letter: str) -> str:
    """The characters a case-ignoring pattern reads as the ASCII letter ``letter``."""
    return letter.lower() + letter.upper() + _FELLOWS.get(letter.lower(), "")


def after_first_letters(before: str, phrases: Iterable[str]) -> str:
    """``(?<!BEFORE)(?:<grouped_alternation of the phrases>)`` ignoring case (``before`` a class of one character,
    the one that must not stand before a phrase), written to start with the phrases' first letters as a
    case-ignoring pattern reads them (``case_fellows``), then the same test of the character before and the rest
    ignoring case, grouped by first letter in the same order. A pattern that starts with a look-behind and ignores
    case is tried at every character of a text, lowering each; this one only where one of its first letters
    stands, and it finds the same matches. Phrases whose first characters are not all ASCII letters are written as
    before. Compile it with no flags."""
    groups = _by_first_character(phrases)
    if not all(first.isascii() and first.isalpha() for first in groups):
        return rf"(?i:(?<!{before})(?:{grouped_alternation(phrases)}))"
    firsts = "".join(case_fellows(first) for first in groups)
    branches = "|".join(f"(?<={first})(?:{'|'.join(rests)})" for first, rests in groups.items())
    return rf"[{firsts}](?i:(?<!{before}.)(?:{branches}))"


# Characters that the regex engine takes for one another when it ignores case besides their lower case
# (re._casefix: "i" and dotless "ı", "s" and long "ſ", Greek and Cyrillic variants), each group with the
# member a case-folded text writes for all of them: the first that is a word character.
_SAME_CASE = (
    ("\u0069", "\u0131"), ("\u0073", "\u017f"), ("\u00b5", "\u03bc"), ("\u03b9", "\u0345", "\u1fbe"),
    ("\u0390", "\u1fd3"), ("\u03b0", "\u1fe3"), ("\u03b2", "\u03d0"), ("\u03b5", "\u03f5"), ("\u03b8", "\u03d1"),
    ("\u03ba", "\u03f0"), ("\u03c0", "\u03d6"), ("\u03c1", "\u03f1"), ("\u03c2", "\u03c3"), ("\u03c6", "\u03d5"),
    ("\u0432", "\u1c80"), ("\u0434", "\u1c81"), ("\u043e", "\u1c82"), ("\u0441", "\u1c83"),
    ("\u0442", "\u1c84", "\u1c85"), ("\u044a", "\u1c86"), ("\u0463", "\u1c87"), ("\u1c88", "\ua64b"),
    ("\u1e61", "\u1e9b"), ("\ufb05", "\ufb06"),
)
_SAME_AS = {member: group[0] for group in _SAME_CASE for member in group}


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class _CaseFolding(dict[int, str]):
    """ord(c) -> the one character c stands for when case is ignored: its lower case (the regex engine's,
    one character for one: "İ" -> "i") as _SAME_AS writes it, worked out the first time a character is
    seen. A character that would change its kind (a word character, a space or a digit to the regex)
    is kept and noted in ``unfoldable``: the combining "\u0345", whose group's word character is "ι"."""

    def __init__(self) -> None:
        super().__init__()
        self.unfoldable: set[str] = set()

    def __missing__(self, code: int) -> str:
        char = chr(code)
        lower = char.lower()
        if len(lower) != 1:
            lower = "i" if char == "\u0130" else char  # "İ": the engine's lower case is "i"
        folded = _SAME_AS.get(lower, lower)
        if (_word_char(folded) != _word_char(char) or folded.isspace() != char.isspace()
                or folded.isdecimal() != char.isdecimal()):
            folded = char
            self.unfoldable.add(char)
        self[code] = folded
        return folded


_CASE_FOLDING = _CaseFolding()


def case_folded(text: str) -> str:
    """``text`` as a pattern that ignores case reads it (see _CaseFolding), of the same length."""
    # An ASCII character folds to its lower case, and none is unfoldable (test_ascii_fast_paths.py).
    return text.lower() if text.isascii() else text.translate(_CASE_FOLDING)


def may_hold(text: str, folded: Iterable[str]) -> bool:
    """Whether ``text`` may hold one of some words as a pattern that ignores case reads them, ``folded`` the words
    case-folded (``case_folded(word.lower())``): False only when no such pattern can match in it (none of the words
    is in the case-folded text, and the text holds no character that does not fold)."""
    text_folded = case_folded(text)  # first: it notes the characters of the text that do not fold
    if _CASE_FOLDING.unfoldable and any(c in text for c in _CASE_FOLDING.unfoldable):
        return True
    return any(word in text_folded for word in folded)


class WordPlaces:
    """``may_hold`` of any stretch of one text, the text case-folded and searched for the words once: a check asked
    around each of hundreds of names in a reply (300 glued names) folds no stretch of it again."""

    __slots__ = ("_folded", "_places", "_text")

    def __init__(self, text: str, folded: Iterable[str]) -> None:
        self._text = text
        self._folded = tuple(folded)
        text_folded = case_folded(text)  # as may_hold: a stretch folds as the same characters of the whole text do
        self._places: list[tuple[int, list[int]]] | None = None  # (a word's length, where it starts), in order
        if not (_CASE_FOLDING.unfoldable and any(c in text for c in _CASE_FOLDING.unfoldable)):
            self._places = [(len(word), _starts(text_folded, word)) for word in self._folded]

    def may_hold(self, lo: int, hi: int) -> bool:
        """``may_hold(text[lo:hi], folded)``: one of the words lies whole in the stretch (a text holding a character
        that does not fold is asked stretch by stretch)."""
        if self._places is None:
            return may_hold(self._text[lo:hi], self._folded)
        for length, starts in self._places:
            i = bisect_left(starts, lo)
            if i < len(starts) and starts[i] + length <= hi:
                return True
        return False


def _starts(text: str, word: str) -> list[int]:
    """Every place ``word`` starts at in ``text``, overlapping ones too."""
    out = []
    at = text.find(word)
    while at != -1:
        out.append(at)
        at = text.find(word, at + 1)
    return out


@dataclass(frozen=True, slots=True)
class LineScan:
    """A "\\n(?=...)" scan of every line's start (lines_matching) twice: ``pattern`` ignores case, ``folded``
    is the same pattern written in case-folded phrases (folded_alternation) with no flag for it, read over
    the case-folded text. Both find the same lines; a pattern that ignores case tries each of its phrases
    with a case-folding step per character, where the folded one compares characters as they are (three
    such scans were most of the time of parsing 10 KB of short lines)."""

    pattern: re.Pattern[str]
    folded: re.Pattern[str]


def folded_alternation(phrases: Iterable[str]) -> str:
    """``grouped_alternation`` of the phrases case-folded as ``case_folded`` folds a text."""
    return grouped_alternation(case_folded(p.strip().lower()) for p in phrases)


def line_scan(build: Callable[[Callable[[Iterable[str]], str], str], str], flags: int = 0) -> LineScan:
    """A LineScan from ``build(alternation, letters)``, the pattern's text given a way to write its phrases
    and "A-Za-z" in a character class (the only letters a scan may name outside its phrases)."""
    return LineScan(re.compile(build(grouped_alternation, "A-Za-z"), flags | re.IGNORECASE),
                    re.compile(build(folded_alternation, "a-z"), flags))


def lines_matching(lines: list[str], pattern: re.Pattern[str] | LineScan, joined: str | None = None) -> Iterator[int]:
    """The indexes of the lines at whose start ``pattern`` matches, in order. ``pattern`` is "\\n(?=...)":
    it runs once over the whole text (a newline and the lines joined) at C speed instead of once per
    line, and it consumes only the newline, so a match (a phrase may span a line break) never hides
    the start of the next line. A LineScan reads the case-folded text, unless it holds a character
    that does not fold. ``joined``: the lines joined with "\\n", when the caller has them so."""
    text = "\n" + ("\n".join(lines) if joined is None else joined)
    if isinstance(pattern, LineScan):
        folded = case_folded(text)
        if _CASE_FOLDING.unfoldable and any(c in text for c in _CASE_FOLDING.unfoldable):
            pattern = pattern.pattern
        else:
            text, pattern = folded, pattern.folded
    line, last = 0, 0
    for m in pattern.finditer(text):
        line += text.count("\n", last, m.start())
        last = m.start()
        yield line


@dataclass(frozen=True, slots=True)
class PhraseSearch:
    """Whether a text holds one of some phrases anywhere, case ignored: ``pattern`` is ``(?:<grouped_alternation>)``
    ignoring case, ``folded`` the same phrases case-folded (folded_alternation) with no flag, read over the
    case-folded text (case_folded), as a LineScan reads lines. A case-ignoring alternation names no first characters
    for the engine to skip to and tries each of its first letters at every character of the text (the list footer's
    phrases: about 260 k instructions over a reply of 170 characters, 3 % of judging it); the folded one is skipped
    to its first letters and tries only the branch of the letter there (about 40 k, more as the phrases' first
    letters grow). ``cues``: the longest word of each phrase as ``folded`` writes it, one of which a text the folded
    pattern matches in holds: looked for first, at C speed (a few thousand instructions)."""

    pattern: re.Pattern[str]
    folded: re.Pattern[str]
    cues: tuple[str, ...]

    def found(self, text: str) -> bool:
        folded = case_folded(text)
        if _CASE_FOLDING.unfoldable and any(c in text for c in _CASE_FOLDING.unfoldable):
            return self.pattern.search(text) is not None
        return any(cue in folded for cue in self.cues) and self.folded.search(folded) is not None


def phrase_search(phrases: Iterable[str]) -> PhraseSearch:
    phrases = list(phrases)
    # The phrases as folded_alternation writes them: escaped, each space a run of spaces, the rest as it is.
    written = {case_folded(p.strip().lower()).strip().lower() for p in phrases if p.strip()}
    cues: list[str] = []
    for cue in sorted({max(p.split(" "), key=len) for p in written}, key=len):
        if not any(shorter in cue for shorter in cues):  # a text holding this one holds the shorter one
            cues.append(cue)
    return PhraseSearch(re.compile(f"(?:{grouped_alternation(phrases)})", re.IGNORECASE),
                        re.compile(f"(?:{folded_alternation(phrases)})"), tuple(cues))
