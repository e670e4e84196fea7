"""The per-sender flood allowance counts one sender's messages of the last hour for every message that
arrives (``from_addr = ? AND handled_at >= ?``, bot/inbound/pipeline.py): an index on both columns, so
the count reads that sender's rows instead of scanning every message ever received (issue 10).

Revision ID: 0006_inbound_sender_index
Revises: 0004_imap_uids_bigint
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_inbound_sender_index"
down_revision: str | None = "0004_imap_uids_bigint"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_inbound_message_sender_handled"


def upgrade() -> None:
    # A database adopted from before migrations existed (stamped 0001) may already have it.
    if INDEX not in {i["name"] for i in sa.inspect(op.get_bind()).get_indexes("inbound_message")}:
        op.create_index(INDEX, "inbound_message", ["from_addr", "handled_at"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="inbound_message")
