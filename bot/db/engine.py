"""The async engine and sessions. SQLite file by default; PostgreSQL for several instances."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlmodel import SQLModel

from bot.db import models  # noqa: F401  (registers the tables on SQLModel.metadata)


def async_url(url: str) -> str:
    """Accept the plain URLs people write and pick the async driver."""
    if url.startswith("sqlite:///"):
        return "sqlite+aiosqlite:///" + url.removeprefix("sqlite:///")
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    return url


def sync_url(url: str) -> str:
    """The same database through a sync driver (Alembic, APScheduler's job store)."""
    url = async_url(url)
    return url.replace("sqlite+aiosqlite://", "sqlite://").replace("postgresql+asyncpg://", "postgresql+psycopg://")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets the CLI read while the daemon writes; busy_timeout waits instead of failing on a lock.
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _private_sqlite_file(url: str) -> Any:
    """Before SQLite creates the database file, create it owner-only (0600) and refuse a symlink in its place:
    it holds personal data (issue 10 item 15). A read-only open creates nothing."""
    from bot.host.instance_lock import sqlite_file
    from bot.host.private_files import ensure_private_file

    def before_connect(*_args: Any) -> None:
        path = sqlite_file(url)
        if path is not None and "mode=ro" not in url:
            ensure_private_file(path)

    return before_connect


def _reads_on_loop(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
    """Connect with bot.db.sqlite_reads.ReadsOnLoop instead of a plain aiosqlite connection."""
    from bot.db import sqlite_reads

    return dialect.dbapi.connect(*cargs, async_creator_fn=sqlite_reads.connect, **cparams)


class Database:
    def __init__(self, url: str) -> None:
        self.url = async_url(url)
        self.engine: AsyncEngine = create_async_engine(self.url, pool_pre_ping=not self.is_sqlite)
        if self.is_sqlite:
            event.listen(self.engine.sync_engine, "do_connect", _private_sqlite_file(self.url))
            event.listen(self.engine.sync_engine, "do_connect", _reads_on_loop)  # after the file is made private
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False, class_=AsyncSession)

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessions() as session:
            yield session

    async def create_schema(self) -> None:
        """Bring the schema to the newest version (Alembic when migrations exist)."""
        from bot.db.migrate import upgrade

        async with self.engine.begin() as conn:
            await conn.run_sync(upgrade)

    async def drop_all(self) -> None:
        async with self.engine.begin() as conn:
            await conn.run_sync(SQLModel.metadata.drop_all)

    async def close(self) -> None:
        await self.engine.dispose()
