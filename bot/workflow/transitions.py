"""The only way a request's status changes: checked against the table, compare-and-set, audited."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import col

from bot.db.models import AuditEntry, EndorsementRequest
from bot.domain.status import Status, check_transition

log = logging.getLogger("endorsebot.status")


class LostRace(RuntimeError):
    """Another worker changed the request first; the caller's view is stale and nothing was written."""


async def change_status(
    session: AsyncSession,
    request: EndorsementRequest,
    target: Status,
    *,
    now: datetime,
    actor: str,
    reason: str = "",
    detail: dict[str, Any] | None = None,
    **fields: Any,
) -> None:
    """Move ``request`` to ``target`` and write its audit row, in the caller's transaction.

    The UPDATE matches on the version we read, so of two instances racing on one request
    exactly one wins; the other gets LostRace and does nothing.
    """
    current = Status(request.status)
    check_transition(current, target)
    result = await session.execute(
        update(EndorsementRequest)
        .where(col(EndorsementRequest.id) == request.id)
        .where(col(EndorsementRequest.version) == request.version)
        .values(status=str(target), version=request.version + 1, **fields)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise LostRace(f"request {request.id} changed under us")
    # Mirror the UPDATE on the object without marking it dirty, so the ORM does not write it again.
    for key, value in {"status": str(target), "version": request.version + 1, **fields}.items():
        set_committed_value(request, key, value)
    session.add(
        AuditEntry(
            request_id=request.id,
            at=now,
            actor=actor,
            action="status",
            from_status=str(current),
            to_status=str(target),
            reason=reason,
            detail=detail or {},
        )
    )
    # One line per change, by request id (never an address): the operator's view of the audit trail.
    log.info("status", extra={"request_id": request.id, "from": str(current), "to": str(target), "actor": actor,
                              "reason": reason[:200]})


async def change_status_many(
    session: AsyncSession,
    requests: Sequence[EndorsementRequest],
    target: Status,
    *,
    now: datetime,
    actor: str,
    reason: str = "",
    **fields: Any,
) -> list[EndorsementRequest]:
    """``change_status`` for a whole sweep in one statement: the same table check and the same
    compare-and-set (on each request's id and version), audited per request. Returns the requests
    this worker moved; the others were changed by someone else first and are left alone."""
    if not requests:
        return []
    for request in requests:
        check_transition(Status(request.status), target)
    # The plain id list drives the seek (by primary key); the (id, version) pairs alone made SQLite
    # scan the whole table for every chunk, the pairs are the compare-and-set checked on the rows found.
    result = await session.execute(
        update(EndorsementRequest)
        .where(col(EndorsementRequest.id).in_([r.id for r in requests]))
        .where(tuple_(col(EndorsementRequest.id), col(EndorsementRequest.version)).in_(
            [(r.id, r.version) for r in requests]))
        .values(status=str(target), version=EndorsementRequest.version + 1, **fields)
        .returning(col(EndorsementRequest.id))
        .execution_options(synchronize_session=False)
    )
    won = set(result.scalars())
    moved = [r for r in requests if r.id in won]
    if moved:  # one multi-row INSERT: thousands of audit objects through the unit of work cost seconds
        await session.execute(insert(AuditEntry), [
            {"request_id": r.id, "at": now, "actor": actor, "action": "status", "from_status": r.status,
             "to_status": str(target), "reason": reason, "detail": {}} for r in moved])
    for request in moved:
        log.info("status", extra={"request_id": request.id, "from": request.status, "to": str(target),
                                  "actor": actor, "reason": reason[:200]})
        for key, value in {"status": str(target), "version": request.version + 1, **fields}.items():
            set_committed_value(request, key, value)
    return moved
