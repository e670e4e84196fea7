"""Migration 0002: requests made before credential ids were stored get their own random ids, never shared."""

from __future__ import annotations

import uuid
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from bot.db.migrate import alembic_config


def test_existing_requests_get_distinct_random_credential_and_subject_ids(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        for n in (1, 2):
            conn.execute(text(
                "INSERT INTO endorsement_request (endorser_email, endorser_name, candidate_email, candidate_name,"
                " token, status, origin, created_at, reminders_sent, reasons, criteria, version)"
                " VALUES ('e@x.test', '', 'c@x.test', '', :token, 'passed', 'cli', '2026-01-01 00:00:00', 0,"
                " '[]', '{}', 0)"), {"token": f"t{n}"})
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        rows = conn.execute(text("SELECT credential_uuid, subject_uuid FROM endorsement_request")).all()
    engine.dispose()
    ids = [value for row in rows for value in row]
    assert len(ids) == 4 and len(set(ids)) == 4
    assert all(uuid.UUID(value).version == 4 for value in ids)
