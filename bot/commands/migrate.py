"""`endorsebot migrate`: bring the database schema to the newest revision (Alembic).

Also the place other admin commands get their database from: every command that touches the
database upgrades it first, so a fresh install needs no separate step.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.app import App
    from bot.db.engine import Database


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="upgrade the database schema to the newest revision")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    return run_database_work(_migrate(settings))


async def _migrate(settings: Settings) -> int:
    from bot.db.engine import Database
    from bot.db.migrate import current_revision

    db = Database(settings.database.url)
    try:
        async with db.engine.connect() as conn:
            before = await conn.run_sync(current_revision)
        await db.create_schema()
        async with db.engine.connect() as conn:
            after = await conn.run_sync(current_revision)
    finally:
        await db.close()
    if before == after:
        print(f"database is up to date (revision {after})")
    else:
        print(f"database upgraded from {before or 'empty'} to revision {after}")
    return 0


class NoDatabase(Exception):
    """A read-only command found no database file: it must not create an empty one to look into."""


def require_existing(settings: Settings) -> None:
    """Raise NoDatabase if the configured SQLite file does not exist (PostgreSQL: the server says)."""
    from bot.host.instance_lock import sqlite_file

    path = sqlite_file(settings.database.url)
    if path is not None and not path.exists():
        raise NoDatabase(f"no database at {path} (the daemon or `endorsebot migrate` creates it; "
                         "is --config / ENDORSEBOT_CONFIG the right file?)")


@asynccontextmanager
async def migrated_database(settings: Settings, *, create: bool = True) -> AsyncIterator[Database]:
    """The configured database, upgraded to the newest schema, closed on exit. ``create=False`` (for
    commands that only read) refuses to create a missing SQLite file."""
    from bot.db.engine import Database

    if not create:
        require_existing(settings)
    db = Database(settings.database.url)
    try:
        await db.create_schema()
        yield db
    finally:
        await db.close()


class _NoJudge:
    """Admin commands never judge replies; meeting one here is a bug, not a verdict."""

    async def judge(self, mail: Any) -> Any:
        raise RuntimeError("admin commands do not judge replies")


def _no_mail() -> Any:
    raise RuntimeError("admin commands do not talk to mail servers; the daemon sends the outbox")


@asynccontextmanager
async def admin_app(settings: Settings, *, create: bool = True) -> AsyncIterator[App]:
    """The composition root without mail servers or a judge: commands only queue mail for the daemon."""
    from bot.app import build_app

    if not create:
        require_existing(settings)
    app = build_app(settings, open_sender=_no_mail, open_mailbox=_no_mail, judge=_NoJudge())
    try:
        await app.db.create_schema()
        yield app
    finally:
        await app.close()


def run_database_work(work: Coroutine[Any, Any, int]) -> int:
    """asyncio.run for commands, turning an unreachable or broken database into one clear line."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return asyncio.run(work)
    except BrokenPipeError:
        raise  # the reader went away: bot.cli ends quietly
    except NoDatabase as exc:
        print(f"endorsebot: {exc}", file=sys.stderr)
        return 1
    except (SQLAlchemyError, OSError) as exc:
        print(f"endorsebot: database error: {describe_error(exc)}", file=sys.stderr)
        return 1


def describe_error(exc: BaseException) -> str:
    # SQLAlchemy appends the SQL and a documentation link; the first line is the useful part.
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"
