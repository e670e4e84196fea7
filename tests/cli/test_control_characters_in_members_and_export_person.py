"""Attack (issue 10 items 10 and 13, red-team variants): control characters that reach a terminal or a mail
through the member list and `export-person`.

- `members add` accepted an address holding a C1 CSI (U+009B) and printed it back raw ("added al\\x9b...");
  a zero-width or bidi character in an address makes it look like a member's.
- A member's name with a line break or an escape sequence was stored; it is written into the mail sent to
  candidates and printed by `status`.
- `export-person` wrote `json.dumps` straight to the terminal: it escapes ESC but leaves the C1 controls
  (U+009B is CSI, U+009D OSC) and the bidi overrides of a candidate's name or reply as they are.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import ENDORSER, Cli

C1_AND_BIDI = "\x9b2J\u202e\x9d0;pwned\x07"
UNSAFE = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))] + ["\u202e", "\u2066"]


def _has_unsafe(text: str) -> bool:
    return any(c in text for c in UNSAFE)


@pytest.mark.parametrize("address", [
    "al\x9bice@members.example",  # C1 CSI
    "al\x1b[2Jice@members.example",  # ESC sequence
    "alice\u200b@members.example",  # zero-width space: looks like alice@members.example
    "\u202ealice@members.example",  # right-to-left override
    "alice\u2028@members.example",  # Unicode line separator
])
def test_members_add_refuses_an_address_with_control_or_invisible_characters(cli: Cli, address: str) -> None:
    added = cli("members", "add", address)

    assert added.code == 2 and not _has_unsafe(added.out + added.err)
    assert cli("members", "list", "--format", "json").out.strip() == ""


@pytest.mark.parametrize("name", ["Al\nice", "Alice\r\nBcc: x@evil.example", "Alice\x1b]0;pwned\x07",
                                  "Alice" + C1_AND_BIDI, "Alice\u2028Subject: x"])
def test_members_add_refuses_a_name_with_control_or_line_breaking_characters(cli: Cli, name: str) -> None:
    added = cli("members", "add", ENDORSER, "--name", name)

    assert added.code == 2 and not _has_unsafe(added.out + added.err)
    assert cli("members", "list", "--format", "json").out.strip() == ""


def test_members_import_refuses_rows_with_control_characters(cli: Cli, tmp_path: Path) -> None:
    sheet = tmp_path / "members.csv"
    sheet.write_text('email,name\nalice@members.example,Alice\n"bob@members.example","Bob\x1b[31m"\n'
                     '"carol@members.example","Carol\nBcc: x@evil.example"\nda\x9bve@members.example,Dave\n',
                     encoding="utf-8")

    imported = cli("members", "import", str(sheet))

    assert imported.code == 1 and "added 1" in imported.out and "invalid 3" in imported.out
    assert not _has_unsafe(imported.out + imported.err)
    listed = cli("members", "list", "--format", "json").json_lines()
    assert [m["email"] for m in listed] == ["alice@members.example"]


def test_names_kept_with_printable_unicode(cli: Cli) -> None:
    added = cli("members", "add", ENDORSER, "--name", "Zoë Müller-Łukasz 中文")

    assert added.code == 0
    assert cli("members", "list", "--format", "json").json_lines()[0]["name"] == "Zoë Müller-Łukasz 中文"


def test_export_person_escapes_c1_and_bidi_characters(cli: Cli, db_path: Path) -> None:
    name = "Gina" + C1_AND_BIDI
    created = cli("request", "--endorser", ENDORSER, "--candidate", "gina@cand.example", "--candidate-name", "Gina")
    assert created.code == 0, created.err
    # `request` refuses such a name now (test_candidate_name_with_escape_or_bidi_characters.py); a row stored
    # before that, or by another tool, is still exported escaped.
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE endorsement_request SET candidate_name = ?", (name,))

    exported = cli("export-person", "gina@cand.example")

    assert exported.code == 0 and not _has_unsafe(exported.out)
    assert json.loads(exported.out)["requests"][0]["candidate_name"] == name
