"""`endorsebot list`: requests as an aligned table for people, or JSON lines for scripts."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, update
from sqlmodel import col

from bot.clock import SystemClock
from bot.db.models import EndorsementRequest
from tests.cli.conftest import Cli


def test_the_table_has_a_header_and_one_aligned_row_per_request(cli: Cli, new_request) -> None:
    new_request("gina@cand.example")
    new_request("a-much-longer-address@candidates.example")

    lines = cli("list").out.splitlines()

    assert lines[0].split() == ["ID", "STATUS", "CANDIDATE", "ENDORSER", "DEADLINE", "REASONS"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    rows = lines[2:]
    assert len(rows) == 2
    # Newest first, and every column starts at the same place on every line.
    assert rows[0].startswith("2 ") and rows[1].startswith("1 ")
    for heading in ("STATUS", "CANDIDATE", "ENDORSER", "DEADLINE"):
        column = lines[0].index(heading)
        assert all(row[column - 2:column] == "  " and row[column] != " " for row in rows), heading


def test_status_filters_the_list(cli: Cli, new_request) -> None:
    keep = new_request("gina@cand.example")
    gone = new_request("hugo@cand.example")
    cli("withdraw", str(gone))

    requested = cli("list", "--status", "requested", "--format", "json").json_lines()
    withdrawn = cli("list", "--status", "withdrawn", "--format", "json").json_lines()

    assert [r["id"] for r in requested] == [keep]
    assert [(r["id"], r["status"], r["reasons"]) for r in withdrawn] == [(gone, "withdrawn", ["withdrawn"])]


def test_json_is_one_request_object_per_line(cli: Cli, new_request) -> None:
    ids = [new_request("gina@cand.example"), new_request("hugo@cand.example")]

    lines = cli("list", "--format", "json").json_lines()

    assert [line["id"] for line in lines] == ids[::-1]
    assert all({"id", "status", "reasons", "criteria", "candidate", "endorser", "deadline_at"} <= set(r)
               for r in lines)


def test_an_empty_list_says_so(cli: Cli) -> None:
    cli("migrate")
    assert cli("list").out.strip() == "(none)"


def test_an_unknown_status_is_refused_by_the_parser(cli: Cli) -> None:
    try:
        cli("list", "--status", "lost")
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("an unknown status must be refused")


def test_expiring_within_lists_the_open_requests_due_soonest_first(cli: Cli, new_request, db_path: Path) -> None:
    # The digest names this command for the rest of its "expiring" list (issue 15 item 4).
    now = SystemClock().now()
    soon, later, tonight, tomorrow, overdue, closed = (new_request(f"c{i}@cand.example") for i in range(6))
    _set(db_path, {later: ("reminded", now + timedelta(hours=10)), soon: ("sent", now + timedelta(hours=1)),
                   tonight: ("replied", now + timedelta(hours=11)), tomorrow: ("sent", now + timedelta(hours=20)),
                   overdue: ("sent", now - timedelta(hours=1)), closed: ("expired", now + timedelta(hours=2))})

    def listed(*argv: str) -> list[int]:
        return [r["id"] for r in cli("list", *argv, "--format", "json").json_lines()]

    assert listed("--expiring-within", "12h") == [soon, later, tonight]
    assert listed("--status", "reminded", "--expiring-within", "12h") == [later]
    assert listed("--expiring-within", "90m") == [soon]
    assert listed("--expiring-within", "1d", "--limit", "2") == [soon, later]
    assert listed("--expiring-within", "2") == [soon]  # a bare number is hours


@pytest.mark.parametrize("duration", ["soon", "0h", "-3h", "12 hours", "1e9h"])
def test_a_duration_that_is_not_one_is_refused_by_the_parser(cli: Cli, duration: str) -> None:
    with pytest.raises(SystemExit) as exited:
        cli("list", "--expiring-within", duration)
    assert exited.value.code == 2


def _set(db_path: Path, moves: dict[int, tuple[str, datetime]]) -> None:
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        for request_id, (status, deadline) in moves.items():
            conn.execute(update(EndorsementRequest).where(col(EndorsementRequest.id) == request_id)
                         .values(status=status, deadline_at=deadline))
    engine.dispose()
