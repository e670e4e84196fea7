"""Credential ids stored with the request: a urn:uuid (v4) for the credential and one for the candidate
as its subject, so ids never repeat across installations and the subject is never the raw address.

Existing rows get fresh random ids here.

Revision ID: 0002_credential_ids
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_credential_ids"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("credential_uuid", "subject_uuid")


def upgrade() -> None:
    # A database adopted from before migrations existed (stamped 0001) may already have the columns.
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("endorsement_request")}
    missing = [name for name in COLUMNS if name not in present]
    if not missing:
        return
    with op.batch_alter_table("endorsement_request") as batch:
        for name in missing:
            batch.add_column(sa.Column(name, sa.String(), nullable=True))
    table = sa.table("endorsement_request", sa.column("id", sa.Integer()),
                     *(sa.column(name, sa.String()) for name in COLUMNS))
    conn = op.get_bind()
    for (row_id,) in conn.execute(sa.select(table.c.id)).all():
        conn.execute(table.update().where(table.c.id == row_id)
                     .values({name: str(uuid.uuid4()) for name in missing}))
    with op.batch_alter_table("endorsement_request") as batch:
        for name in missing:
            batch.alter_column(name, existing_type=sa.String(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("endorsement_request") as batch:
        for name in COLUMNS:
            batch.drop_column(name)
