"""Alembic migrations: the migrated schema is exactly the models, on SQLite and on PostgreSQL.

The PostgreSQL cases use a database of their own (created and dropped here) on the server at
ENDORSEBOT_TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1/test), so other tests using
that server are never disturbed.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from bot.db.engine import Database, sync_url
from bot.db.migrate import alembic_config, current_revision, head_revision
from tests.cli.conftest import Cli

MODEL_TABLES = set(SQLModel.metadata.tables)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.realserver)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'migrated.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


def with_connection(url: str, work: Any) -> Any:
    """Run ``work(sync_connection)`` on the async engine the bot itself uses."""

    async def go() -> Any:
        db = Database(url)
        try:
            async with db.engine.connect() as conn:
                return await conn.run_sync(work)
        finally:
            await db.close()

    return asyncio.run(go())


def create_schema(url: str) -> None:
    async def go() -> None:
        db = Database(url)
        try:
            await db.create_schema()
        finally:
            await db.close()

    asyncio.run(go())


def schema_diff(conn: Connection) -> list[Any]:
    context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
    return list(compare_metadata(context, SQLModel.metadata))


def tables(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names()) - {"alembic_version"}


def test_the_migrated_schema_is_exactly_the_models(database_url: str) -> None:
    create_schema(database_url)

    assert with_connection(database_url, schema_diff) == []
    assert with_connection(database_url, tables) == MODEL_TABLES
    assert with_connection(database_url, current_revision) == head_revision()


def test_upgrading_an_up_to_date_database_changes_nothing(database_url: str) -> None:
    create_schema(database_url)

    create_schema(database_url)

    assert with_connection(database_url, current_revision) == head_revision()
    assert with_connection(database_url, schema_diff) == []


def test_the_migrations_go_down_to_nothing_and_up_again(database_url: str) -> None:
    create_schema(database_url)

    engine = create_engine(sync_url(database_url))
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
        assert tables(conn) == set()
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        assert schema_diff(conn) == []
    engine.dispose()


def test_a_database_made_before_migrations_existed_is_adopted(database_url: str) -> None:
    engine = create_engine(sync_url(database_url))
    with engine.begin() as conn:
        SQLModel.metadata.create_all(conn)
    engine.dispose()

    create_schema(database_url)

    assert with_connection(database_url, current_revision) == head_revision()
    assert with_connection(database_url, schema_diff) == []


@pytest.mark.realserver
def test_two_instances_migrating_at_once_on_postgresql_both_succeed(postgres_url: str) -> None:
    async def both() -> None:
        dbs = [Database(postgres_url), Database(postgres_url)]
        try:
            await asyncio.gather(*(db.create_schema() for db in dbs))
        finally:
            for db in dbs:
                await db.close()

    asyncio.run(both())

    assert with_connection(postgres_url, schema_diff) == []


def test_the_migrate_command_upgrades_then_reports_up_to_date(cli: Cli) -> None:
    first = cli("migrate")
    second = cli("migrate")

    assert first.code == 0 and f"database upgraded from empty to revision {head_revision()}" in first.out
    assert second.code == 0 and f"database is up to date (revision {head_revision()})" in second.out


def test_an_imap_uidvalidity_above_two_to_the_31_is_stored(database_url: str) -> None:
    """IMAP UIDs and UIDVALIDITY are unsigned 32-bit: 4,294,967,295 must fit on both databases."""
    from datetime import UTC, datetime

    from bot.db.models import InboundMessage

    async def go() -> tuple[int, int]:
        db = Database(database_url.replace("sqlite:///", "sqlite+aiosqlite:///"))
        try:
            await db.create_schema()
            async with db.session() as session:
                session.add(InboundMessage(mailbox="INBOX", uidvalidity=4_294_967_295, uid=4_294_967_294,
                                           content_sha256="0" * 64, received_at=datetime(2026, 12, 2, tzinfo=UTC),
                                           handled_at=datetime(2026, 12, 2, tzinfo=UTC)))
                await session.commit()
            async with db.session() as session:
                from sqlmodel import select
                row = (await session.execute(select(InboundMessage))).scalars().one()
                return row.uidvalidity, row.uid
        finally:
            await db.close()

    assert asyncio.run(go()) == (4_294_967_295, 4_294_967_294)
