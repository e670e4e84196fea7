"""Loads the editable pattern files in bot/mail/data/ and compiles them once.

The files hold plain phrases so that a non-programmer can add a language; this module turns the
phrases into bounded regular expressions (no nested quantifiers, so no catastrophic backtracking;
every unbounded repeat is possessive, so a match attempt never gives back what it read).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
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
    groups: dict[str, list[str]] = {}
    for phrase in sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True):
        groups.setdefault(phrase[0], []).append(re.escape(phrase[1:]).replace(r"\ ", r"\s++"))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def lines_matching(lines: list[str], pattern: re.Pattern[str]) -> Iterator[int]:
    """The indexes of the lines at whose start ``pattern`` matches, in order. ``pattern`` is "\\n(?=...)":
    it runs once over the whole text (a newline and the lines joined) at C speed instead of once per
    line, and it consumes only the newline, so a match (a phrase may span a line break) never hides
    the start of the next line."""
    text = "\n" + "\n".join(lines)
    line, last = 0, 0
    for m in pattern.finditer(text):
        line += text.count("\n", last, m.start())
        last = m.start()
        yield line
