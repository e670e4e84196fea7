"""Outbox: when a row was handed to the SMTP server (issue 12, item 1).

A row whose ``handed_at`` is set but which is not marked sent is "in doubt": the server may have
accepted it. It is resolved by evidence (the bot's own copy in its mailbox), never by a timeout.

Revision ID: 0003_outbox_handed_at
Revises: 0002_credential_ids
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_outbox_handed_at"
down_revision: str | None = "0002_credential_ids"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A database adopted from before migrations existed (stamped 0001) may already have it all.
    inspector = sa.inspect(op.get_bind())
    if "handed_at" not in {c["name"] for c in inspector.get_columns("outbound_message")}:
        with op.batch_alter_table("outbound_message") as batch:
            batch.add_column(sa.Column("handed_at", sa.DateTime(timezone=True), nullable=True))
    # The outbox looks for rows in doubt every second: an index keeps that a lookup of the few.
    if "ix_outbound_message_handed_at" not in {i["name"] for i in inspector.get_indexes("outbound_message")}:
        op.create_index("ix_outbound_message_handed_at", "outbound_message", ["handed_at"])


def downgrade() -> None:
    op.drop_index("ix_outbound_message_handed_at", "outbound_message")
    with op.batch_alter_table("outbound_message") as batch:
        batch.drop_column("handed_at")
