"""Attack (issue 10, "relay through it", red-team variant): a request names a candidate at an address literal,
``carol@[127.0.0.1]`` or ``carol@[10.0.0.5]``. The address check read any domain with a dot in it as valid, so the
request was queued and the bot's mail server would deliver the request straight to the host named, past DNS and MX:
a way to make the bot send mail into its own network. ``carol@localhost`` was refused, the literal was not. A
candidate's address must now be at a host name (a request by email goes through the same check,
Workflow.check_candidate); nothing is queued for any of these.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import ENDORSER, Cli


@pytest.mark.parametrize("candidate", [
    "carol@[127.0.0.1]", "carol@[10.0.0.5]", "carol@192.168.1.20", "carol@cand.example%evil",
    "carol@-cand.example", "carol@cand_x.example",
])
def test_a_candidate_at_an_address_literal_is_refused_and_nothing_is_queued(
        cli: Cli, db_path: Path, candidate: str) -> None:
    assert cli("members", "add", ENDORSER, "--name", "Alice Member").code == 0

    refused = cli("request", "--endorser", ENDORSER, "--candidate", candidate, "--candidate-name", "Carol")

    assert refused.code == 2, refused.out
    assert "not an address at a domain name" in refused.err
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*) FROM endorsement_request").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM outbound_message").fetchone() == (0,)


@pytest.mark.parametrize("candidate", ["carol@cand.example", "carol@bücher.example", "carol@xn--bcher-kva.example",
                                       "carol@mail.cand.co.uk", "carol@cand.example."])
def test_a_candidate_at_a_host_name_is_asked(cli: Cli, candidate: str) -> None:
    assert cli("members", "add", ENDORSER, "--name", "Alice Member").code == 0
    assert cli("request", "--endorser", ENDORSER, "--candidate", candidate, "--candidate-name", "Carol").code == 0
