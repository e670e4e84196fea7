"""The outbox claim's own index: the rows waiting to be sent, in the order the claim takes them (issue 15).

PostgreSQL plans the claim from its statistics, and right after a sweep queues thousands of emails they
still say that hardly any row is pending (autovacuum's ANALYZE comes a minute or so later). It then read
every pending row through the plain status index and sorted them all, for every claim of a few dozen: the
send rate fell with the backlog. Through this partial index, which holds only the rows waiting
(``status = 'pending' AND handed_at IS NULL``) in (next_attempt_at, id) order, the claim reads the rows it
takes and stops, whatever the statistics say. The status index goes: the (status, next_attempt_at, id)
index (0007) serves every query by status, and each index is written again at every change of a row.

Revision ID: 0008_outbox_waiting_index
Revises: 0007_sweep_indexes
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_outbox_waiting_index"
down_revision: str | None = "0007_sweep_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "outbound_message"
WAITING = ("ix_outbound_message_waiting", ["next_attempt_at", "id"], "status = 'pending' AND handed_at IS NULL")
STATUS = ("ix_outbound_message_status", ["status"])


def upgrade() -> None:
    existing = {i["name"] for i in sa.inspect(op.get_bind()).get_indexes(TABLE)}
    if STATUS[0] in existing:
        op.drop_index(STATUS[0], table_name=TABLE)
    name, columns, where = WAITING
    if name not in existing:
        op.create_index(name, TABLE, columns, sqlite_where=sa.text(where), postgresql_where=sa.text(where))


def downgrade() -> None:
    op.drop_index(WAITING[0], table_name=TABLE)
    op.create_index(STATUS[0], TABLE, STATUS[1])
