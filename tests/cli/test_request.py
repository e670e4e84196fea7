"""`endorsebot request`: starting a request from the command line."""

from __future__ import annotations

import pytest

from tests.cli.conftest import CANDIDATE, ENDORSER, Cli


def test_json_output_is_the_new_request_with_its_id(cli: Cli) -> None:
    result = cli("request", "--endorser", ENDORSER, "--candidate", CANDIDATE, "--candidate-name", "Gina",
                 "--format", "json")

    assert result.code == 0, result.err
    request = result.json()
    assert isinstance(request["id"], int)
    assert request["status"] == "requested"
    assert request["candidate"] == {"email": CANDIDATE, "name": "Gina"}
    assert request["endorser"]["email"] == ENDORSER
    assert request["origin"] == "cli"
    assert request["sent_at"] is None and request["deadline_at"] is None


def test_the_reply_token_is_never_printed(cli: Cli) -> None:
    request = cli("request", "--endorser", ENDORSER, "--candidate", CANDIDATE, "--format", "json").json()

    assert "token" not in request


def test_the_request_email_is_queued_for_the_daemon(cli: Cli, new_request) -> None:
    request_id = new_request()

    outbound = cli("status", str(request_id), "--format", "json").json()["outbound"]
    assert [(m["kind"], m["status"], m["recipients"]) for m in outbound] == [("request", "pending", [CANDIDATE])]


def test_text_output_names_the_request_and_the_window(cli: Cli) -> None:
    result = cli("request", "--endorser", ENDORSER, "--candidate", CANDIDATE)

    assert result.code == 0
    assert "request 1 created for gina@cand.example" in result.out
    assert "36-hour window" in result.out


def test_addresses_are_normalised(cli: Cli) -> None:
    request = cli("request", "--endorser", "Alice <ALICE@Members.Example>", "--candidate", "Gina@Cand.Example",
                  "--format", "json").json()

    assert request["endorser"]["email"] == ENDORSER
    assert request["candidate"]["email"] == CANDIDATE


def test_a_bad_candidate_address_exits_2_with_a_message_and_creates_nothing(cli: Cli) -> None:
    result = cli("request", "--endorser", ENDORSER, "--candidate", "gina-at-example", "--format", "json")

    assert result.code == 2
    assert result.out == ""
    assert "request refused" in result.err and "'gina-at-example' is not an email address" in result.err
    assert cli("list", "--format", "json").out == ""


@pytest.mark.parametrize("candidates", [f"{CANDIDATE}, other@cand.example", f"{CANDIDATE}; other@cand.example",
                                        f"Gina <{CANDIDATE}>, Otto <other@cand.example>"])
def test_several_candidate_addresses_are_refused_not_cut_to_the_first(cli: Cli, candidates: str) -> None:
    result = cli("request", "--endorser", ENDORSER, "--candidate", candidates, "--format", "json")

    assert result.code == 2
    assert "must be one email address" in result.err
    assert cli("list", "--format", "json").out == ""


def test_a_bad_endorser_address_exits_2(cli: Cli) -> None:
    result = cli("request", "--endorser", "alice", "--candidate", CANDIDATE)

    assert result.code == 2
    assert "'alice' is not an email address" in result.err


def test_an_endorser_cannot_endorse_themselves(cli: Cli) -> None:
    result = cli("request", "--endorser", ENDORSER, "--candidate", ENDORSER)

    assert result.code == 2
    assert "cannot endorse themselves" in result.err


def test_the_bot_cannot_be_the_candidate(cli: Cli) -> None:
    result = cli("request", "--endorser", ENDORSER, "--candidate", "bot+x@bot.test")

    assert result.code == 2
    assert "cannot be the bot" in result.err


def test_a_second_open_request_for_the_same_pair_is_refused(cli: Cli, new_request) -> None:
    first = new_request()

    result = cli("request", "--endorser", ENDORSER, "--candidate", CANDIDATE)

    assert result.code == 2
    assert f"request {first}" in result.err and "still open" in result.err


def test_the_endorser_name_defaults_to_the_registered_members_name(cli: Cli) -> None:
    cli("members", "add", ENDORSER, "--name", "Alice Example")

    request = cli("request", "--endorser", ENDORSER, "--candidate", CANDIDATE, "--format", "json").json()

    assert request["endorser"]["name"] == "Alice Example"
