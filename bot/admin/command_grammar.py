"""Admin commands written in an email: ``approve 123``, ``reject 123 <reason>``, ``extend 123 12h``, ``resend 123``.

Only the admin's own new text is read (the parser already removed quotes and signatures). A line is a
command only when it is the command alone; a line that starts like one but does not parse is reported
back, so "aprove 12" or "extend 12 soon" gets an answer instead of silence.
"""

from __future__ import annotations

import enum
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WORDS_FILE = Path(__file__).with_name("command_grammar.toml")
# One email can carry a morning's decisions, not a script.
MAX_COMMANDS = 50


class Action(enum.StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    EXTEND = "extend"
    RESEND = "resend"


@dataclass(frozen=True, slots=True)
class Command:
    action: Action
    request_id: int
    # reject: the reason (required); approve: an optional note.
    text: str = ""
    # extend: hours to add.
    hours: float = 0.0


@dataclass(frozen=True, slots=True)
class Misunderstood:
    line: str
    why: str


@dataclass(frozen=True, slots=True)
class Parsed:
    commands: tuple[Command, ...]
    misunderstood: tuple[Misunderstood, ...]


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    verbs: dict[str, Action]
    units: dict[str, float]


@cache
def _vocabulary(path: Path = WORDS_FILE) -> _Vocabulary:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    verbs = {word.lower(): Action(name) for name in Action for word in data[str(name)]["words"]}
    units = {unit.lower(): float(hours) for unit, hours in data["extend_units"].items()}
    return _Vocabulary(verbs, units)


_LINE = re.compile(r"^\s*([a-z]+)\s+#?(\d{1,9})\b\s*[:,-]?\s*(.*?)\s*$", re.I)
_DURATION = re.compile(r"^(\d+(?:\.\d+)?)\s*([a-z]*)$", re.I)


def parse_commands(text: str) -> Parsed:
    vocabulary = _vocabulary()
    commands: list[Command] = []
    misunderstood: list[Misunderstood] = []
    for raw_line in text.splitlines():
        line = raw_line.strip()
        first = line.split(maxsplit=1)[0].lower().rstrip(":") if line else ""
        if first not in vocabulary.verbs:
            continue
        result = _parse_line(line, vocabulary)
        if isinstance(result, Command):
            commands.append(result)
        else:
            misunderstood.append(result)
        if len(commands) + len(misunderstood) >= MAX_COMMANDS:
            break
    return Parsed(tuple(commands), tuple(misunderstood))


def _parse_line(line: str, vocabulary: _Vocabulary) -> Command | Misunderstood:
    match = _LINE.match(line)
    if match is None:
        return Misunderstood(line, "expected a request number after the command, e.g. 'approve 123'")
    verb, number, rest = match.group(1).lower(), int(match.group(2)), match.group(3)
    action = vocabulary.verbs[verb]
    if action is Action.REJECT and not rest:
        return Misunderstood(line, "reject needs a reason, e.g. 'reject 123 the tools are not their own'")
    if action is Action.EXTEND:
        hours = parse_duration(rest, vocabulary.units)
        if hours is None:
            return Misunderstood(line, "extend needs a duration, e.g. 'extend 123 12h' or 'extend 123 2d'")
        return Command(action, number, hours=hours)
    if action is Action.RESEND and rest:
        return Misunderstood(line, "resend takes only a request number, e.g. 'resend 123'")
    return Command(action, number, text=rest[:500])


def parse_duration(text: str, units: dict[str, float] | None = None) -> float | None:
    """Hours in "12h", "12 hours", "2d", "90m" or a bare "12" (hours); None if it is not one."""
    match = _DURATION.match(text.strip())
    if match is None:
        return None
    unit = match.group(2).lower() or "h"
    per = (units if units is not None else _vocabulary().units).get(unit)
    if per is None:
        return None
    hours = float(match.group(1)) * per
    return hours if hours > 0 else None
