"""Loads the editable pattern files in bot/mail/data/ and compiles them once.

The files hold plain phrases so that a non-programmer can add a language; this module turns the
phrases into bounded regular expressions (no nested quantifiers, so no catastrophic backtracking;
every unbounded repeat is possessive, so a match attempt never gives back what it read).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
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
