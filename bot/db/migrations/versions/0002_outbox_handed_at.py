"""Outbox: when a row was handed to the SMTP server (issue 12, item 1).

A row whose ``handed_at`` is set but which is not marked sent is "in doubt": the server may have
accepted it. It is resolved by evidence (the bot's own copy in its mailbox), never by a timeout.

Revision ID: 0002_outbox_handed_at
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_outbox_handed_at"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbound_message") as batch:
        batch.add_column(sa.Column("handed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbound_message") as batch:
        batch.drop_column("handed_at")
