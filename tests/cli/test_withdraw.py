"""`endorsebot withdraw ID`: stop a request; the audit trail says who and why."""

from __future__ import annotations

from tests.cli.conftest import Cli


def test_withdraw_then_status_shows_withdrawn_and_an_audit_row(cli: Cli, new_request) -> None:
    request_id = new_request()

    result = cli("withdraw", str(request_id), "--reason", "candidate asked us to stop")

    assert result.code == 0 and f"request {request_id} withdrawn" in result.out
    status = cli("status", str(request_id), "--format", "json").json()
    assert status["status"] == "withdrawn"
    assert status["reasons"] == ["withdrawn"]
    assert status["decided_at"] is not None
    [audit] = status["audit"]
    assert (audit["actor"], audit["from_status"], audit["to_status"], audit["reason"]) == (
        "cli", "requested", "withdrawn", "candidate asked us to stop")


def test_mail_not_yet_sent_stays_unsent(cli: Cli, new_request) -> None:
    request_id = new_request()

    cli("withdraw", str(request_id))

    outbound = cli("status", str(request_id), "--format", "json").json()["outbound"]
    assert [m["status"] for m in outbound] == ["cancelled"]


def test_withdrawing_twice_is_a_clear_error(cli: Cli, new_request) -> None:
    request_id = new_request()
    cli("withdraw", str(request_id))

    result = cli("withdraw", str(request_id))

    assert result.code == 1
    assert f"request {request_id} is withdrawn and cannot be withdrawn" in result.err
    assert len(cli("status", str(request_id), "--format", "json").json()["audit"]) == 1


def test_withdrawing_an_unknown_request_is_a_clear_error(cli: Cli) -> None:
    cli("migrate")
    result = cli("withdraw", "9")

    assert result.code == 1
    assert "no request with id 9" in result.err
