"""SQLite through bot.db.sqlite_reads: a SELECT runs on the event loop (it cannot wait for a lock in WAL
mode), a write on the connection's thread, where waiting for another process's lock never stops the loop."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from bot.db.engine import Database


def _with_thread_name(db: Database) -> None:
    def register(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.create_function("thread_name", 0, lambda: threading.current_thread().name)

    event.listen(db.engine.sync_engine, "connect", register)


async def test_a_select_runs_on_the_loop_and_a_transactions_first_write_on_the_connections_thread(
        tmp_path: Path) -> None:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'b.db'}")
    _with_thread_name(db)
    try:
        async with db.session() as session:
            await session.execute(text("CREATE TABLE t (n INTEGER, name TEXT)"))
            await session.commit()
            await session.execute(text("INSERT INTO t VALUES (1, thread_name())"))  # may wait for the lock
            await session.execute(text("INSERT INTO t VALUES (2, thread_name())"))  # holds it: waits for nobody
            read_on = await session.scalar(text("SELECT thread_name()"))
            await session.commit()
            first, second = (await session.execute(text("SELECT name FROM t ORDER BY n"))).scalars()
    finally:
        await db.close()
    loop_thread = threading.current_thread().name
    assert read_on == loop_thread and second == loop_thread
    assert first != loop_thread


async def test_without_wal_every_call_stays_on_the_connections_thread() -> None:
    db = Database("sqlite+aiosqlite://")  # in memory: no WAL, so a read could wait for a lock
    _with_thread_name(db)
    try:
        async with db.session() as session:
            read_on = await session.scalar(text("SELECT thread_name()"))
    finally:
        await db.close()
    assert read_on != threading.current_thread().name


async def test_a_write_waiting_for_another_process_lets_the_loop_run_and_reads_go_on(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    db = Database(f"sqlite+aiosqlite:///{path}")
    async with db.session() as session:
        await session.execute(text("CREATE TABLE t (n INTEGER)"))
        await session.execute(text("INSERT INTO t VALUES (1)"))
        await session.commit()
    other = sqlite3.connect(path, isolation_level=None)  # another process: the CLI, an operator's sqlite3
    other.execute("BEGIN IMMEDIATE")  # holds the write lock
    try:
        async def write() -> None:
            async with db.session() as session:
                await session.execute(text("INSERT INTO t VALUES (2)"))
                await session.commit()

        writing = asyncio.create_task(write())
        async with db.session() as session:  # the loop runs, and a read is not held up by the lock
            assert await session.scalar(text("SELECT count(*) FROM t")) == 1
        assert not writing.done()  # still waiting for the lock (busy_timeout), off the loop
    finally:
        other.execute("COMMIT")
        other.close()
    await writing
    async with db.session() as session:
        assert await session.scalar(text("SELECT count(*) FROM t")) == 2
    await db.close()
