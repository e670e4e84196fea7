"""Every sweep query and the outbox claim seek an index at 100k open requests (issue 15 item 1).

The statements are not written out here: they are captured as the code runs them (reminders and expiry
with some rows due, then again with none; the daemon's next-deadline and "deadline passed since the
mailbox was read" checks; the outbox's claim, in-doubt decision by a copy, the probe sought for one without
a copy, next retry; the hourly retention and lapsed-confirmation sweeps), then each is explained with its own
parameters. A plan fails when it reads one of the big tables whole: a table scan, an index read end to end, or
an index sought by status alone for a status most rows are in ('sent', 'reminded', ...): that reads every open
request.
SQLite is checked before and after ANALYZE (its choice changes with statistics), PostgreSQL after it.

The digest's totals (every request counted by status, once a day) are not a sweep and are left out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, update
from sqlalchemy.engine import Connection
from sqlmodel import col

from bot.app import App, build_app
from bot.clock import FakeClock
from bot.daemon import Daemon
from bot.db.models import OutboundMessage
from bot.settings import Settings
from tests.db.bulk import BOT, Shape, build

OPEN_REQUESTS = 100_000
BIG_TABLES = frozenset({"endorsement_request", "outbound_message", "inbound_message", "audit_entry"})
# Statuses the bulk of rows are in; the transient ones (requested, pending, sending) are few at any load.
BULK_STATUSES = frozenset({"sent", "reminded", "replied", "expired", "passed", "failed", "withdrawn"})
Captured = tuple[str, Any]


async def _run_sweeps(app: App, clock: FakeClock) -> list[Captured]:
    captured: list[Captured] = []

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, many: bool) -> None:
        if statement.lstrip().split(None, 1)[0].upper() in ("SELECT", "UPDATE", "DELETE"):
            captured.append((statement, params[0] if many else params))

    event.listen(app.db.engine.sync_engine, "before_cursor_execute", capture)
    daemon = Daemon(app)
    # One email left in doubt by a kill and decided by its copy, then the claim with nothing due.
    async with app.db.session() as session:
        await session.execute(update(OutboundMessage).where(col(OutboundMessage.id) == 1)
                              .values(status="pending", handed_at=clock.now(), attempts=1))
        await session.commit()
    assert await app.outbox.resolve_in_doubt() == 1
    # One left in doubt with no copy in the mailbox: a probe is queued, and looked for at the next look.
    async with app.db.session() as session:
        await session.execute(update(OutboundMessage).where(col(OutboundMessage.id) == 2)
                              .values(status="pending", handed_at=clock.now(), attempts=1, message_id="<gone@x>"))
        await session.commit()
    assert await app.outbox.resolve_in_doubt() == 0
    assert await app.outbox.resolve_in_doubt() == 0
    async with app.db.session() as session:  # as it was: nothing due for the rest
        await session.execute(update(OutboundMessage).where(col(OutboundMessage.id) == 2)
                              .values(status="sent", handed_at=None))
        await session.execute(update(OutboundMessage).where(col(OutboundMessage.kind) == "probe")
                              .values(status="cancelled"))
        await session.commit()
    await app.outbox.next_attempt_in()
    assert await app.outbox.flush() == 0
    for _ in range(2):  # rows due (batches, keyset reads, compare-and-set), then nothing due
        assert await app.workflow.send_due_reminders() >= 0
        assert await app.workflow.expire_overdue(read_until=clock.now()) >= 0
    await daemon._deadline_passed_since(clock.now() - timedelta(minutes=5))
    await daemon._plan_wakeup()
    await daemon.retention_sweep()
    event.remove(app.db.engine.sync_engine, "before_cursor_execute", capture)
    return list({statement: (statement, params) for statement, params in captured}.values())


async def _world(url: str) -> tuple[App, FakeClock]:
    clock = FakeClock()
    app = build_app(Settings().replace(bot={"address": BOT}, database={"url": url}), clock=clock,
                    judge=object())  # type: ignore[arg-type]  # nothing is judged here
    await app.db.create_schema()
    # Some due (more than one batch of expiries), so the batch queries run too; most not.
    await build(app.db, Shape(OPEN_REQUESTS, expiry_due=0.006, reminders_due=0.006), clock.now())
    return app, clock


# ---- SQLite ------------------------------------------------------------------------------------------

_SQLITE_STEP = re.compile(r"^(SCAN|SEARCH) (\w+)(?: USING (?:COVERING )?INDEX (\w+) \((.*)\))?")


def sqlite_full_reads(conn: Connection, statements: list[Captured]) -> list[str]:
    found = []
    for statement, params in statements:
        plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()]
        # The first entries in index order (ORDER BY the index's next column, LIMIT): a seek, however
        # many rows share the status.
        first_only = re.search(r"\bLIMIT\b", statement) is not None and not any("TEMP B-TREE" in s for s in plan)
        for line in plan:
            step = _SQLITE_STEP.match(line)
            if step is None or step.group(2) not in BIG_TABLES:
                continue
            kind, _table, _index, constraint = step.groups()
            if kind == "SCAN" or (constraint == "status=?" and _bulk_status(params) and not first_only):
                found.append(f"{line}\n    in: {_short(statement)}")
    return found


async def test_sweeps_seek_indexes_on_sqlite_before_and_after_analyze(tmp_path: Path) -> None:
    app, clock = await _world(f"sqlite+aiosqlite:///{tmp_path / 'scale.sqlite3'}")
    try:
        statements = await _run_sweeps(app, clock)
        assert len(statements) >= 15, statements  # the capture saw the sweeps
        async with app.db.engine.connect() as conn:
            before = await conn.run_sync(sqlite_full_reads, statements)
            await conn.exec_driver_sql("ANALYZE")
            after = await conn.run_sync(sqlite_full_reads, statements)
    finally:
        await app.close()
    assert before == [], "\n".join(before)
    assert after == [], "\n".join(after)


# ---- PostgreSQL --------------------------------------------------------------------------------------


def postgres_full_reads(conn: Connection, statements: list[Captured]) -> list[str]:
    found = []
    for statement, params in statements:
        plan = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, params).scalar_one()
        for node in _nodes((json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]):
            table = node.get("Relation Name") or _index_table(conn, node.get("Index Name"))
            if table not in BIG_TABLES:
                continue
            kind = node["Node Type"]
            cond = node.get("Index Cond")
            whole_status = cond is not None and _status_only(cond) and _bulk_status(params)
            # Read end to end, an index is the whole table, unless it is partial: then it holds just the
            # rows its condition picks (those in doubt, bodies not yet emptied).
            whole_index = cond is None and not _partial(conn, node.get("Index Name"))
            if kind == "Seq Scan" or ("Index" in kind and (whole_index or whole_status)):
                found.append(f"{kind} on {table} ({node.get('Index Name')}: {cond})\n    in: {_short(statement)}")
    return found


@pytest.mark.realserver
async def test_sweeps_seek_indexes_on_postgresql(postgres_url: str) -> None:
    app, clock = await _world(postgres_url)
    try:
        statements = await _run_sweeps(app, clock)
        assert len(statements) >= 15, statements
        async with app.db.engine.connect() as conn:
            await conn.exec_driver_sql("ANALYZE")
            found = await conn.run_sync(postgres_full_reads, statements)
    finally:
        await app.close()
    assert found == [], "\n".join(found)


def _nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", ()):
        yield from _nodes(child)


def _index_table(conn: Connection, index: str | None) -> str | None:
    if index is None:
        return None
    return conn.exec_driver_sql("SELECT tablename FROM pg_indexes WHERE indexname = %s", (index,)).scalar()


def _partial(conn: Connection, index: str | None) -> bool:
    definition = conn.exec_driver_sql("SELECT indexdef FROM pg_indexes WHERE indexname = %s", (index,)).scalar()
    return " WHERE " in (definition or "")


def _status_only(cond: str) -> bool:
    """An index condition on the status column and nothing else."""
    return re.fullmatch(r"\(*status = [^()]*\)*", cond) is not None or re.fullmatch(
        r"\(*status = ANY \([^()]*\)\)*", cond) is not None


def _bulk_status(params: Any) -> bool:
    values = params.values() if isinstance(params, dict) else params or ()
    return any(isinstance(v, str) and v in BULK_STATUSES for v in values)


def _short(statement: str) -> str:
    return " ".join(statement.split())[:300]
