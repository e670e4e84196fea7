"""A fresh PostgreSQL database per test on the server at 127.0.0.1:5432 (trust auth).

ENDORSEBOT_TEST_POSTGRES_URL points elsewhere. If the server is not there, the fixture errors: the
multi-instance tests must run in CI, never skip (scripts/install-system-deps.sh starts one).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, make_url, text

from bot.db.engine import sync_url

POSTGRES_ADMIN_URL = os.environ.get("ENDORSEBOT_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1/test")


@pytest.fixture
def postgres_url() -> Iterator[str]:
    admin_url = make_url(sync_url(POSTGRES_ADMIN_URL))
    name = f"endorsebot_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
