"""Indexes that match every sweep query and the outbox claim (issue 15 item 1).

At 100k open requests the sweeps read every open request through the status index alone (expiry,
the next deadline, reminders: whole statuses of 'sent' and 'reminded' rows), the outbox claim read
every unsent row's history, and the retention sweep scanned the inbound table. With these, a sweep
with nothing due is a few index seeks whatever the number of open requests, and a sweep with rows due
reads those rows:

- requests by (status, deadline_at, id): expiry in deadline order (keyset on deadline and id),
  the earliest deadline, what the digest and ``endorsebot list --expiring-within`` show;
- requests by (status, reminders_sent, deadline_at, id): the reminders due for each count already sent;
- outbound by (status, next_attempt_at, id): the claim of due rows and the next retry's time;
- inbound by received_at: the in-doubt decision's "delivered since" count;
- partial indexes for the retention sweep: raw mail still kept, outbox bodies not yet emptied;
- rows in doubt (handed_at set) indexed alone: through the full handed_at index (0003) SQLite read the
  claim's "handed_at IS NULL", true of nearly every row ever sent.

Revision ID: 0007_sweep_indexes
Revises: 0006_inbound_sender_index
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_sweep_indexes"
# After 0006, which landed first: a database already at 0006 gets these too.
down_revision: str | None = "0006_inbound_sender_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# name, table, columns, partial condition (the same text as the models' Index objects)
INDEXES: tuple[tuple[str, str, list[str], str | None], ...] = (
    ("ix_endorsement_request_status_deadline", "endorsement_request", ["status", "deadline_at", "id"], None),
    ("ix_endorsement_request_reminders", "endorsement_request",
     ["status", "reminders_sent", "deadline_at", "id"], None),
    ("ix_outbound_message_status_next_attempt", "outbound_message", ["status", "next_attempt_at", "id"], None),
    ("ix_outbound_message_body_kept", "outbound_message", ["status", "created_at"], "length(data) > 0"),
    ("ix_inbound_message_received_at", "inbound_message", ["received_at"], None),
    ("ix_inbound_message_raw_kept", "inbound_message", ["received_at"], "raw IS NOT NULL"),
)
HANDED = ("ix_outbound_message_handed_at", "outbound_message", ["handed_at"])


def upgrade() -> None:
    # A database adopted from before migrations existed (made by create_all) may have them already.
    inspector = sa.inspect(op.get_bind())
    name, table, columns = HANDED
    if name in {i["name"] for i in inspector.get_indexes(table)}:
        op.drop_index(name, table_name=table)
    op.create_index(name, table, columns, sqlite_where=sa.text("handed_at IS NOT NULL"),
                    postgresql_where=sa.text("handed_at IS NOT NULL"))
    for name, table, columns, where in INDEXES:
        if name in {i["name"] for i in inspector.get_indexes(table)}:
            continue
        condition = None if where is None else sa.text(where)
        op.create_index(name, table, columns, sqlite_where=condition, postgresql_where=condition)


def downgrade() -> None:
    for name, table, _columns, _where in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    name, table, columns = HANDED
    op.drop_index(name, table_name=table)
    op.create_index(name, table, columns)
