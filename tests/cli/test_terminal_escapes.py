"""Attack: text a candidate or stranger wrote carries terminal control sequences (recolour, clear the
screen, rewrite the line above, set the title, OSC 52 clipboard writes). Nothing printed as text
passes them on; JSON keeps the data but escapes them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bot.console.terminal import clean, json_text
from tests.cli.conftest import ENDORSER, FIXTURES, Cli

HOSTILE_NAME = "Gina\x1b]52;c;cm0gLXJmIH4=\x07 \x1b[2J\x1b[1;1Hpassed\x9b31m\u202e\r"
# A request refuses a name with a line break (it would reach a header: issue 10 item 10) or any other control
# (tests/cli/test_candidate_name_with_escape_or_bidi_characters.py), so the name is written into the database
# directly, as a row stored before those checks or by another tool would hold it.
STORED_NAME = HOSTILE_NAME.replace("\r", "")
CONTROLS = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))] + ["\u202e", "\u2066"]


def _has_controls(text: str) -> bool:
    return any(c in text for c in CONTROLS)


@pytest.mark.parametrize(("raw", "shown"), [
    ("red \x1b[31mtext\x1b[0m", "red text"),
    ("clip \x1b]52;c;ZXZpbA==\x07board", "clip board"),
    ("title \x1b]0;pwned\x1b\\ done", "title  done"),
    ("c1 \x9b2J csi \x9d0;t\x9c osc", "c1  csi  osc"),
    ("unterminated \x1b]0;to the end", "unterminated "),
    ("bell\x07 back\x08space del\x7f cr\roverwrite", "bell backspace del croverwrite"),
    ("\u202eRLO reversed\u202c and isolate\u2067", "RLO reversed and isolate"),
    ("keeps\ttabs\nand lines, é, 中文, 👍", "keeps\ttabs\nand lines, é, 中文, 👍"),
])
def test_clean_removes_whole_sequences_and_stray_controls(raw: str, shown: str) -> None:
    assert clean(raw) == shown


def test_json_escapes_what_it_would_otherwise_pass_through_and_keeps_the_data() -> None:
    text = json_text({"name": HOSTILE_NAME})

    assert not _has_controls(text)
    assert json.loads(text) == {"name": HOSTILE_NAME}


def _request_with_a_stored_hostile_name(cli: Cli, db_path: Path) -> int:
    created = cli("request", "--endorser", ENDORSER, "--candidate", "gina@cand.example",
                  "--candidate-name", "Gina", "--format", "json")
    assert created.code == 0, created.err
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE endorsement_request SET candidate_name = ? WHERE id = ?",
                   (STORED_NAME, created.json()["id"]))
    return int(created.json()["id"])


def test_status_and_list_never_print_a_candidates_control_sequences(cli: Cli, db_path: Path) -> None:
    request_id = _request_with_a_stored_hostile_name(cli, db_path)

    status, listing = cli("status", str(request_id)), cli("list")

    assert status.code == 0 and "Gina" in status.out and "passed" in status.out
    assert not _has_controls(status.out) and not _has_controls(listing.out)
    as_json = cli("status", str(request_id), "--format", "json")
    assert not _has_controls(as_json.out)
    assert as_json.json()["candidate"]["name"] == STORED_NAME


def test_members_list_never_prints_a_members_control_sequences(cli: Cli, db_path: Path) -> None:
    # `members add` refuses such a name now (test_control_characters_in_members_and_export_person.py); a row
    # written before that, or by another tool, is still shown clean.
    assert cli("members", "add", "mallory@members.example", "--name", "Mallory").code == 0
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE member SET name = ? WHERE email = ?", (HOSTILE_NAME, "mallory@members.example"))

    table, lines = cli("members", "list"), cli("members", "list", "--format", "json")

    assert "mallory@members.example" in table.out and not _has_controls(table.out)
    assert not _has_controls(lines.out) and lines.json_lines()[0]["name"] == HOSTILE_NAME


def test_evaluate_prints_a_hostile_reply_without_its_escapes(cli: Cli) -> None:
    reply = str(FIXTURES / "reply_with_terminal_escapes.eml")

    text = cli("evaluate", reply)
    lines = cli("evaluate", "--format", "json", reply)

    assert "Hootsuite" in text.out and not _has_controls(text.out)
    assert not _has_controls(lines.out)
    assert "\x1b[31m" in lines.json()["reply_text"]  # the data itself is kept, escaped


def test_the_digest_preview_and_review_list_never_print_control_sequences(cli: Cli, db_path: Path) -> None:
    request_id = _request_with_a_stored_hostile_name(cli, db_path)
    # Straight to the review queue, with a reason a hostile reply could have put there.
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE endorsement_request SET status = 'needs_review', decided_at = created_at, "
                   "reasons = ? WHERE id = ?", (json.dumps([HOSTILE_NAME]), request_id))

    review, digest = cli("review", "list"), cli("digest", "--preview")

    assert review.code == 0 and "gina@cand.example" in review.out and not _has_controls(review.out)
    assert digest.code == 0 and "Subject:" in digest.out and not _has_controls(digest.out)
