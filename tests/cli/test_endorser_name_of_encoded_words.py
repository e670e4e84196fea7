"""Attack (issue 10 item 10, red-team variant): ``endorsebot request --endorser-name`` with a name written as RFC 2047
encoded words that decode to a line break, an escape sequence or a right-to-left override. The name holds no
control character as typed, so it was stored and written as it stood into the Subject of the candidate's mail,
where every reader decodes it ("Al", then a line "Bcc: x@evil.example would like to endorse you"). The Subject
the candidate's reader shows now starts with the name exactly as typed (tests/compose/
test_encoded_words_written_into_a_header.py has the composition's own tests)."""

from __future__ import annotations

import sqlite3
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from tests.cli.conftest import CANDIDATE, ENDORSER, Cli
from tests.compose.test_encoded_words_written_into_a_header import WORDS


@pytest.mark.parametrize("word", WORDS)
def test_an_endorser_name_of_encoded_words_reaches_the_candidate_as_written(cli: Cli, db_path: Path,
                                                                              word: str) -> None:
    outcome = cli("request", "--endorser", ENDORSER, "--candidate", CANDIDATE, "--endorser-name", word)
    assert outcome.code == 0, outcome.err
    with sqlite3.connect(db_path) as db:
        [(data,)] = db.execute("SELECT data FROM outbound_message WHERE kind = 'request'").fetchall()
    raw = data if isinstance(data, bytes) else data.encode()
    subject = str(message_from_bytes(raw, policy=policy.default)["Subject"]).strip()
    assert subject.startswith(word + " ")
    assert not any(char in subject for char in "\r\n\x1b\x85\u2028\u202e")
