"""Argument types shared by the commands, so every command reads an id the same way."""

from __future__ import annotations

import argparse
import errno
import math
import os
import re
from pathlib import Path

# SQLite and PostgreSQL ids are signed 64-bit integers: anything larger cannot name a row.
MAX_ID = 2**63 - 1


def request_id(text: str) -> int:
    """``11`` or ``#11`` (as alerts and listings print it) -> 11; anything else is a usage error."""
    digits = text.strip().removeprefix("#")
    if not (digits.isascii() and digits.isdigit()) or not 0 < int(digits) <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text!r} is not a request id (a number such as 11 or #11)")
    return int(digits)


_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([dhms]?)")
_HOURS_PER_UNIT = {"d": 24.0, "h": 1.0, "": 1.0, "m": 1 / 60, "s": 1 / 3600}
MAX_DURATION_HOURS = 24 * 366 * 10


def duration_hours(text: str) -> float:
    """``12h``, ``90m``, ``2d``, ``30s`` (a bare number is hours) -> hours; anything else is a usage error."""
    found = _DURATION.fullmatch(text.strip().lower()) if text.isascii() else None
    hours = float(found.group(1)) * _HOURS_PER_UNIT[found.group(2)] if found else math.nan
    if not 0 < hours <= MAX_DURATION_HOURS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration (a number with d, h, m or s, such as 12h)")
    return hours


def positive_int(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 0 < int(text) <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def write_output(path: Path, text: str) -> str | None:
    """Write an --output file (mode 0600, never through a symlink planted at its name); the error in
    one line, or None when written. A digest or a credential names people: not for other local users."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
    except OSError as exc:
        reason = "it is a symbolic link" if exc.errno == errno.ELOOP else (exc.strerror or str(exc))
        return f"cannot write {path}: {reason}"
    return None
