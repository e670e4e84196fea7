"""The only way a request's status changes: checked against the table, compare-and-set, audited."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import AuditEntry, EndorsementRequest
from bot.domain.status import Status, check_transition


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
        .where(EndorsementRequest.id == request.id)  # type: ignore[arg-type]
        .where(EndorsementRequest.version == request.version)  # type: ignore[arg-type]
        .values(status=str(target), version=request.version + 1, **fields)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise LostRace(f"request {request.id} changed under us")
    request.status, request.version = str(target), request.version + 1
    for key, value in fields.items():
        setattr(request, key, value)
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
