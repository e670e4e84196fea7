"""A platform's worth of requests, written in bulk in the project's own schema (issue 15).

Used by tests/db/test_sweep_plans.py (query plans at 100k rows) and bench/scale.py (timings). Every
open request has its request email (sent), the bot's copy of it and an audit row, as the service path
leaves them; as many closed requests again form the history a long-running bot accumulates.

Open requests are spread over the window so that nothing is due: deadlines within the reminder's
reach have had their reminder. ``expiry_due`` and ``reminders_due`` are fractions of the open requests
made due for expiry (deadline just passed) and for a reminder (within reach, none sent).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, text

from bot.db.engine import Database
from bot.db.models import AuditEntry, EndorsementRequest, InboundMessage, OutboundMessage
from bot.outbound import addresses

WINDOW_HOURS = 36.0
REMINDER_HOURS = 12.0
BOT = "bot@scale.test"
_CHUNK = 5_000  # rows per INSERT statement list: bounded memory at any size


@dataclass(frozen=True, slots=True)
class Shape:
    open_requests: int
    expiry_due: float = 0.0
    reminders_due: float = 0.0
    history: int | None = None  # closed requests; default as many as the open ones


@dataclass(frozen=True, slots=True)
class Built:
    open_requests: int
    expiry_due: int
    reminders_due: int
    closed: int


async def build(db: Database, shape: Shape, now: datetime, *, first_id: int = 1) -> Built:
    """Write ``shape`` into a migrated database, request ids from ``first_id`` (above any already there)."""
    n = shape.open_requests
    expiring = int(n * shape.expiry_due)
    reminding = int(n * shape.reminders_due)
    closed = n if shape.history is None else shape.history
    total = n + closed
    offset = first_id - 1
    async with db.engine.begin() as conn:
        for chunk in _chunks(range(1, total + 1)):
            await conn.execute(insert(EndorsementRequest),
                               [_request(i, n, expiring, reminding, now, offset) for i in chunk])
        for chunk in _chunks(range(1, total + 1)):
            await conn.execute(insert(OutboundMessage), [_request_email(i, n, now, offset) for i in chunk])
        for chunk in _chunks(range(1, total + 1)):
            await conn.execute(insert(InboundMessage), [_copy(i, n, now, offset) for i in chunk])
        for chunk in _chunks(range(1, total + 1)):
            await conn.execute(insert(AuditEntry), [_audit(i, n, now, offset) for i in chunk])
        if conn.dialect.name == "postgresql":  # ids written explicitly leave the sequence behind
            await conn.execute(text("SELECT setval(pg_get_serial_sequence('endorsement_request', 'id'), "
                                    "(SELECT max(id) FROM endorsement_request))"))
    return Built(n, expiring, reminding, closed)


def token(request_id: int) -> str:
    """A request's token, in the bot's alphabet and length (a reply carrying it matches), unique per id."""
    return base64.b32encode(request_id.to_bytes(15, "little")).decode("ascii").lower()[:addresses.TOKEN_LEN]


def request_message_id(request_id: int) -> str:
    """Its request email's Message-ID, in the bot's form (a reply's In-Reply-To matches it)."""
    return f"<request.{token(request_id)}.bulk@{BOT.partition('@')[2]}>"


def _chunks(ids: range) -> Iterator[range]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _sent_at(i: int, n: int, now: datetime) -> datetime:
    return _deadline(i, n, now) - timedelta(hours=WINDOW_HOURS)


def _deadline(i: int, n: int, now: datetime) -> datetime:
    if i > n:  # history: one closed a minute, ending a day ago
        return now - timedelta(days=1, minutes=i - n)
    # Open: spread evenly over the coming window, the first ones (made due below) first.
    return now + timedelta(seconds=1 + (i - 1) * WINDOW_HOURS * 3600 / n)


def _request(i: int, n: int, expiring: int, reminding: int, now: datetime, offset: int) -> dict[str, Any]:
    deadline = _deadline(i, n, now)
    status, reminders = "sent", 0
    if i > n:
        status = ("expired", "passed", "failed", "withdrawn")[i % 4]
    elif i <= expiring:
        deadline, status, reminders = now - timedelta(seconds=i), "reminded", 1
    elif deadline <= now + timedelta(hours=REMINDER_HOURS) and i > expiring + reminding:
        status, reminders = "reminded", 1
    elif i <= expiring + reminding:  # within the reminder's reach, not yet reminded
        deadline = now + timedelta(hours=REMINDER_HOURS) - timedelta(seconds=i)
    k = i + offset
    return {
        "id": k, "endorser_email": f"endorser{k % 997}@members.test", "endorser_name": f"Endorser {k % 997}",
        "candidate_email": f"candidate{k}@people.test", "candidate_name": f"Candidate {k}",
        "token": token(k), "status": status, "origin": "cli", "created_at": _sent_at(i, n, now),
        "sent_at": _sent_at(i, n, now), "deadline_at": deadline, "reminders_sent": reminders,
        "decided_at": deadline if i > n else None, "reasons": [], "criteria": {}, "version": 1 + reminders,
        "credential_uuid": f"00000000-0000-4000-8000-{k:012d}", "subject_uuid": f"00000000-0000-4000-9000-{k:012d}",
    }


def _request_email(i: int, n: int, now: datetime, offset: int) -> dict[str, Any]:
    at, k = _sent_at(i, n, now), i + offset
    return {
        "kind": "request", "request_id": k, "dedupe_key": f"request:{k}", "envelope_from": f"bot+{token(k)}@scale.test",
        "recipients": [f"candidate{k}@people.test"], "message_id": request_message_id(k),
        "subject": "Endorsement request", "data": b"x" * 200, "status": "sent", "attempts": 1,
        "next_attempt_at": at, "created_at": at, "sent_at": at,
    }


def _copy(i: int, n: int, now: datetime, offset: int) -> dict[str, Any]:
    at, k = _sent_at(i, n, now), i + offset
    return {
        "mailbox": "INBOX", "uidvalidity": 1, "uid": k, "message_id": request_message_id(k),
        "content_sha256": f"{k:064x}", "received_at": at, "from_addr": BOT, "subject": "Endorsement request",
        "kind": "copy", "reason": None, "request_id": None, "size_bytes": 200, "raw": None, "handled_at": at,
    }


def _audit(i: int, n: int, now: datetime, offset: int) -> dict[str, Any]:
    return {"request_id": i + offset, "at": _sent_at(i, n, now), "actor": "outbox", "action": "status",
            "from_status": "requested", "to_status": "sent", "reason": "accepted by SMTP server", "detail": {}}
