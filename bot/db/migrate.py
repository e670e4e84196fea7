"""Schema upgrades with Alembic, configured in code: the scripts live in bot/db/migrations.

``upgrade(conn)`` brings a database to the newest revision on the caller's connection
(Database.create_schema runs it through ``run_sync``; ``endorsebot migrate`` calls it explicitly).

For developers, after changing bot/db/models.py:
    python -m bot.db.migrate revision "what changed"   # autogenerates against a scratch SQLite file
then read and edit the new file in bot/db/migrations/versions/ before committing it.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The revision that matches the tables create_all made before migrations existed.
BASELINE = "0001"
# Any constant works; it only has to be the same for every endorsebot instance on one PostgreSQL.
_PG_LOCK_KEY = 0x656E646F  # "endo"


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(conn: Connection) -> None:
    """Upgrade to head in the caller's transaction; safe when several instances start at once."""
    if conn.dialect.name == "postgresql":
        # Two daemons starting together on one PostgreSQL would both try to create the tables;
        # the second waits here and then finds nothing left to do.
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    config = alembic_config(conn)
    if current_revision(conn) is None and _has_pre_migration_tables(conn):
        command.stamp(config, BASELINE)
    command.upgrade(config, "head")


def current_revision(conn: Connection) -> str | None:
    """The revision the database is at, or None for a database Alembic never touched."""
    return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "bot/db/migrations/versions holds no revision"
    return head


def _has_pre_migration_tables(conn: Connection) -> bool:
    # Databases made by create_all (before migrations existed, e.g. a kept demo file) already hold
    # the baseline tables; stamping them lets later revisions apply instead of failing on CREATE.
    return inspect(conn).has_table("endorsement_request")


def new_revision(message: str) -> None:
    """Autogenerate a revision by diffing the models against a scratch database at head."""
    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite:///{scratch}/scratch.sqlite3"
        config = alembic_config(url=url)
        command.upgrade(config, "head")
        command.revision(config, message=message, autogenerate=True)


def main(argv: Sequence[str]) -> int:
    if len(argv) != 2 or argv[0] != "revision":
        print('usage: python -m bot.db.migrate revision "what changed"', file=sys.stderr)
        return 2
    new_revision(argv[1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
