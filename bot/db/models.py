"""Tables. The database is the source of truth for every deadline and message (DESIGN.md)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Integer, LargeBinary, UniqueConstraint, text
from sqlmodel import Field, SQLModel


def _json(default: Any) -> Any:
    return Field(default_factory=lambda: default.copy(), sa_column=Column(JSON, nullable=False))


class Member(SQLModel, table=True):
    """A registered endorser: only members may start requests by email."""

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(index=True, unique=True)
    name: str = ""
    active: bool = True
    created_at: datetime


class EndorsementRequest(SQLModel, table=True):
    __tablename__ = "endorsement_request"
    # What the sweeps seek by (migration 0007): expiry and the next deadline; reminders due per count sent.
    __table_args__ = (
        Index("ix_endorsement_request_status_deadline", "status", "deadline_at", "id"),
        Index("ix_endorsement_request_reminders", "status", "reminders_sent", "deadline_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    endorser_email: str = Field(index=True)
    endorser_name: str = ""
    candidate_email: str = Field(index=True)
    candidate_name: str = ""
    # Unguessable; carried in the reply address (plus part) and in our Message-IDs.
    token: str = Field(index=True, unique=True)
    status: str = Field(index=True)
    origin: str = "cli"  # cli | email
    created_at: datetime
    sent_at: datetime | None = None
    deadline_at: datetime | None = Field(default=None, index=True)
    reminders_sent: int = 0
    decided_at: datetime | None = None
    reasons: list[str] = _json([])
    criteria: dict[str, Any] = _json({})
    # Compare-and-set guard: every status change bumps it, so two instances never both win.
    version: int = 0
    # Random (v4) ids for the exported credential and for the candidate as its subject (bot/credentials).
    credential_uuid: str = Field(default_factory=lambda: str(uuid.uuid4()))
    subject_uuid: str = Field(default_factory=lambda: str(uuid.uuid4()))


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    request_id: int | None = Field(default=None, index=True)
    at: datetime
    actor: str  # "bot", "cli", "admin:<email>", "sweep:expiry", ...
    action: str  # "status", "decision", "forget", ...
    from_status: str | None = None
    to_status: str | None = None
    reason: str = ""
    detail: dict[str, Any] = _json({})


# Partial indexes of the retention sweep (migration 0007). The sweep writes these very conditions, as
# literals: SQLite uses a partial index only for a query that repeats its condition, a bound 0 does not.
BODY_KEPT = "length(data) > 0"
RAW_KEPT = "raw IS NOT NULL"
HANDED = "handed_at IS NOT NULL"
WAITING = "status = 'pending' AND handed_at IS NULL"


def _partial(name: str, *columns: str, where: str) -> Index:
    return Index(name, *columns, sqlite_where=text(where), postgresql_where=text(where))


class OutboundMessage(SQLModel, table=True):
    __tablename__ = "outbound_message"
    # The claim of due rows and the next retry (migration 0007); bodies the retention sweep has yet to empty.
    __table_args__ = (
        Index("ix_outbound_message_status_next_attempt", "status", "next_attempt_at", "id"),
        _partial("ix_outbound_message_body_kept", "status", "created_at", where=BODY_KEPT),
        # Rows in doubt are a handful: indexed alone, so the claim's "handed_at IS NULL" (nearly every
        # row) is never read through it.
        _partial("ix_outbound_message_handed_at", "handed_at", where=HANDED),
        # The claim's own index on PostgreSQL (migration 0008): the rows waiting to be sent, in the claim's order.
        _partial("ix_outbound_message_waiting", "next_attempt_at", "id", where=WAITING),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(index=True)  # request, reminder, receipt, outcome, ack, refusal, alert, digest, ...
    request_id: int | None = Field(default=None, index=True)
    # One row per logical email, ever: "reminder:12:1". A second enqueue of the same key is a no-op.
    dedupe_key: str = Field(unique=True)
    envelope_from: str
    recipients: list[str] = _json([])
    message_id: str = Field(unique=True)  # fixed before the first try
    subject: str = ""
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    # pending | sending | sent | failed. Sought through the (status, next_attempt_at, id) index: a status index
    # of its own misled PostgreSQL's claim after a sweep (migration 0008).
    status: str = Field(default="pending")
    attempts: int = 0
    next_attempt_at: datetime = Field(index=True)
    claimed_until: datetime | None = None
    claimed_by: str | None = None  # "<instance>:<nonce>"; the instance part is what liveness checks
    # Set (and committed) just before the row goes on the wire; cleared when the server answered.
    # Set on a row not marked sent = in doubt: resolved by the bot's own copy, never by a timeout.
    handed_at: datetime | None = None
    last_error: str = ""
    created_at: datetime
    sent_at: datetime | None = None


UID_TYPE = BigInteger().with_variant(Integer(), "sqlite")


class InboundMessage(SQLModel, table=True):
    __tablename__ = "inbound_message"
    __table_args__ = (
        UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_inbound_uid"),
        # The per-sender flood allowance counts a sender's messages of the last hour for every message
        # (bot/inbound/pipeline.py): without it, a scan of the whole table (migration 0006).
        Index("ix_inbound_message_sender_handled", "from_addr", "handled_at"),
        # In-doubt decisions count what arrived since a moment; retention finds raw mail still kept (0007).
        Index("ix_inbound_message_received_at", "received_at"),
        _partial("ix_inbound_message_raw_kept", "received_at", where=RAW_KEPT),
    )

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str
    # IMAP's UIDVALIDITY and UID are unsigned 32-bit (RFC 9051 2.3.1.1): above PostgreSQL's INTEGER.
    # (SQLite's INTEGER holds 64 bits already.)
    uidvalidity: int = Field(sa_type=UID_TYPE)
    uid: int = Field(sa_type=UID_TYPE)
    message_id: str | None = Field(default=None, index=True)
    content_sha256: str = Field(index=True)
    received_at: datetime  # the server's INTERNALDATE
    timestamp_source: str = "internaldate"
    from_addr: str = ""
    subject: str = ""
    kind: str = "other"  # reply | auto_reply | bounce | request | other
    reason: str | None = Field(default=None, index=True)  # a bot.domain.reasons.Reason, or None if accepted
    reason_detail: str = ""
    request_id: int | None = Field(default=None, index=True)
    reply_text: str = ""
    size_bytes: int = 0
    raw: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    handled_at: datetime


class Evaluation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(index=True)
    created_at: datetime
    inbound_ids: list[int] = _json([])
    verdict: str
    criteria: dict[str, Any] = _json({})
    reasons: list[str] = _json([])
    source: str = "rules"
    reply_text: str = ""
    details: dict[str, Any] = _json({})


class Alert(SQLModel, table=True):
    """Admin alerts, kept so a flood of the same kind becomes one email."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(index=True)
    created_at: datetime
    request_id: int | None = None
    inbound_id: int | None = None
    summary: str = ""
    outbound_id: int | None = None  # the email that carried it; None when folded into an earlier one


class Counter(SQLModel, table=True):
    """Named counters for admins (LLM errors, spend in micro-dollars, quarantined messages...), per day."""

    __table_args__ = (UniqueConstraint("name", "day", name="uq_counter_day"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str
    day: str  # YYYY-MM-DD, UTC
    value: int = 0
