"""Attack (issue 10 items 10 and 13, red-team variant): a candidate's name given to `request --candidate-name`
carries an ESC or C1 sequence, another C0 control or a bidi override into the database.

The name was refused only for a line break. Stored, it went into the Subject of the endorser's
acknowledgement and outcome mails ("... for Gina<ESC>]0;pwned<BEL>: passed"), the bodies of the candidate's
mails, the digest, and anything that reads the database without ``bot.console.terminal.clean``; a right-to-left
override draws the rest of a subject or line backwards. The request is now refused with the character named,
and nothing is stored or queued; names of every script, with the joiners and marks they use, are kept.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import CANDIDATE, ENDORSER, Cli

UNSAFE = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))] + [
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


def _rows(db_path: Path) -> int:
    with sqlite3.connect(db_path) as db:
        return int(db.execute("SELECT count(*) FROM endorsement_request").fetchone()[0])


@pytest.mark.parametrize(("name", "named"), [
    ("Gina\x1b]0;pwned\x07", "U+001B"),  # OSC: sets the terminal's title
    ("Gina\x1b[2J\x1b[1;1Hpassed", "U+001B"),  # CSI: clears the screen, writes "passed" at the top
    ("Gina\x9b31m", "U+009B"),  # C1 CSI, one character
    ("Gina\x9d52;c;cm0gLXJmIH4=\x9c", "U+009D"),  # C1 OSC 52: writes the clipboard
    ("Gina\x08\x08\x08\x08Mallory", "U+0008"),  # backspaces: "Mallory" drawn over "Gina"
    ("Gina\x7f", "U+007F"),
    ("Gina \u202edessap", "U+202E"),  # right-to-left override: "passed" drawn backwards after the name
    ("Gina \u2067evil\u2069", "U+2067"),  # right-to-left isolate
    ("Gina\u00ad", "U+00AD"),  # soft hyphen: invisible
    ("Gina\U000e0041", "U+E0041"),  # tag character: ASCII smuggled out of sight
])
def test_a_candidate_name_with_a_control_or_bidi_character_is_refused(
        cli: Cli, db_path: Path, name: str, named: str) -> None:
    created = cli("request", "--endorser", ENDORSER, "--candidate", CANDIDATE, "--candidate-name", name)

    assert created.code == 2 and named in created.err and "candidate name" in created.err
    assert not any(c in created.out + created.err for c in UNSAFE)
    assert _rows(db_path) == 0


def test_an_endorser_name_with_an_escape_sequence_is_refused(cli: Cli, db_path: Path) -> None:
    created = cli("request", "--endorser", ENDORSER, "--candidate", CANDIDATE, "--endorser-name", "Al\x1b[8mice")

    assert created.code == 2 and "endorser name" in created.err and "U+001B" in created.err
    assert _rows(db_path) == 0


@pytest.mark.parametrize("name", [
    "Zoë Müller-Łukasz",
    "中文 名字",
    "\u05d3\u05d5\u05d3 \u05db\u05d4\u05df\u200f",  # Hebrew, a right-to-left mark at its end
    "\u0645\u06cc\u200c\u0631\u0632\u0627",  # Persian with a zero-width non-joiner
    "Jean\u00a0Pierre",  # a no-break space
])
def test_names_of_every_script_with_their_marks_are_kept(cli: Cli, db_path: Path, name: str) -> None:
    created = cli("request", "--endorser", ENDORSER, "--candidate", CANDIDATE, "--candidate-name", name,
                  "--format", "json")

    assert created.code == 0, created.err
    assert created.json()["candidate"]["name"] == name
