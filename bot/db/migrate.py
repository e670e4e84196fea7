"""Schema upgrades. Replaced by Alembic migrations (bot/db/migrations) as soon as they exist."""

from __future__ import annotations

from sqlalchemy.engine import Connection
from sqlmodel import SQLModel


def upgrade(conn: Connection) -> None:
    SQLModel.metadata.create_all(conn)
