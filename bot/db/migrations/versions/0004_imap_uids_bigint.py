"""IMAP UIDVALIDITY and UID are unsigned 32-bit numbers (RFC 9051 2.3.1.1): up to 4,294,967,295, above
PostgreSQL's INTEGER (2,147,483,647). A server that picks a UIDVALIDITY above that (a random one, or one
derived from a clock) broke the watcher on PostgreSQL. SQLite's INTEGER already holds 64 bits.

Revision ID: 0004_imap_uids_bigint
Revises: 0003_outbox_handed_at
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_imap_uids_bigint"
down_revision: str | None = "0003_outbox_handed_at"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("uidvalidity", "uid")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.alter_column("inbound_message", column, type_=sa.BigInteger(), existing_type=sa.Integer(),
                        existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.alter_column("inbound_message", column, type_=sa.Integer(), existing_type=sa.BigInteger(),
                        existing_nullable=False)
