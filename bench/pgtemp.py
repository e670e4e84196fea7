"""A throwaway PostgreSQL database for a benchmark, on the server the tests use (127.0.0.1:5432).

    with temporary_database() as url: ...

ENDORSEBOT_TEST_POSTGRES_URL names another server, as for the tests (tests/servers/postgres.py).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, make_url, text

from bot.db.engine import sync_url

ADMIN_URL = os.environ.get("ENDORSEBOT_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1/test")


@contextmanager
def temporary_database() -> Iterator[str]:
    admin_url = make_url(sync_url(ADMIN_URL))
    name = f"endorsebot_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name, drivername="postgresql").render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
