"""Initial schema: the tables of bot/db/models.py as first released.

Plain SQLAlchemy types on purpose: a released migration must not change when a library's own column
types do (sqlmodel's AutoString is a String, its UTCDateTime a DateTime with time zone).

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column, unique) for every single-column index; names follow SQLModel's ix_<table>_<column>.
INDEXES: tuple[tuple[str, str, bool], ...] = (
    ("member", "email", True),
    ("endorsement_request", "endorser_email", False),
    ("endorsement_request", "candidate_email", False),
    ("endorsement_request", "token", True),
    ("endorsement_request", "status", False),
    ("endorsement_request", "deadline_at", False),
    ("audit_entry", "request_id", False),
    ("outbound_message", "kind", False),
    ("outbound_message", "request_id", False),
    ("outbound_message", "status", False),
    ("outbound_message", "next_attempt_at", False),
    ("inbound_message", "message_id", False),
    ("inbound_message", "content_sha256", False),
    ("inbound_message", "reason", False),
    ("inbound_message", "request_id", False),
    ("evaluation", "request_id", False),
    ("alert", "kind", False),
)


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), primary_key=True)


def _str(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=nullable)


def _int(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=nullable)


def _time(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _json(name: str) -> sa.Column:
    return sa.Column(name, sa.JSON(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "member",
        _id(),
        _str("email"),
        _str("name"),
        sa.Column("active", sa.Boolean(), nullable=False),
        _time("created_at"),
    )
    op.create_table(
        "endorsement_request",
        _id(),
        _str("endorser_email"),
        _str("endorser_name"),
        _str("candidate_email"),
        _str("candidate_name"),
        _str("token"),
        _str("status"),
        _str("origin"),
        _time("created_at"),
        _time("sent_at", True),
        _time("deadline_at", True),
        _int("reminders_sent"),
        _time("decided_at", True),
        _json("reasons"),
        _json("criteria"),
        _int("version"),
    )
    op.create_table(
        "audit_entry",
        _id(),
        _int("request_id", True),
        _time("at"),
        _str("actor"),
        _str("action"),
        _str("from_status", True),
        _str("to_status", True),
        _str("reason"),
        _json("detail"),
    )
    op.create_table(
        "outbound_message",
        _id(),
        _str("kind"),
        _int("request_id", True),
        _str("dedupe_key"),
        _str("envelope_from"),
        _json("recipients"),
        _str("message_id"),
        _str("subject"),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        _str("status"),
        _int("attempts"),
        _time("next_attempt_at"),
        _time("claimed_until", True),
        _str("claimed_by", True),
        _str("last_error"),
        _time("created_at"),
        _time("sent_at", True),
        sa.UniqueConstraint("dedupe_key"),
        sa.UniqueConstraint("message_id"),
    )
    op.create_table(
        "inbound_message",
        _id(),
        _str("mailbox"),
        _int("uidvalidity"),
        _int("uid"),
        _str("message_id", True),
        _str("content_sha256"),
        _time("received_at"),
        _str("timestamp_source"),
        _str("from_addr"),
        _str("subject"),
        _str("kind"),
        _str("reason", True),
        _str("reason_detail"),
        _int("request_id", True),
        _str("reply_text"),
        _int("size_bytes"),
        sa.Column("raw", sa.LargeBinary(), nullable=True),
        _time("handled_at"),
        sa.UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_inbound_uid"),
    )
    op.create_table(
        "evaluation",
        _id(),
        _int("request_id"),
        _time("created_at"),
        _json("inbound_ids"),
        _str("verdict"),
        _json("criteria"),
        _json("reasons"),
        _str("source"),
        _str("reply_text"),
        _json("details"),
    )
    op.create_table(
        "alert",
        _id(),
        _str("kind"),
        _time("created_at"),
        _int("request_id", True),
        _int("inbound_id", True),
        _str("summary"),
        _int("outbound_id", True),
    )
    op.create_table(
        "counter",
        _id(),
        _str("name"),
        _str("day"),
        _int("value"),
        sa.UniqueConstraint("name", "day", name="uq_counter_day"),
    )
    for table, column, unique in INDEXES:
        op.create_index(f"ix_{table}_{column}", table, [column], unique=unique)


def downgrade() -> None:
    for table, column, _unique in reversed(INDEXES):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
    for table in (
        "counter",
        "alert",
        "evaluation",
        "inbound_message",
        "outbound_message",
        "audit_entry",
        "endorsement_request",
        "member",
    ):
        op.drop_table(table)
