"""How many hours admins' `extend` commands have added to a request: one cap on all of them together
(``[security] max_total_extend_hours``), read by the review that applies an extension and by the alert
that offers one."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.db.models import AuditEntry


async def extended_hours(session: AsyncSession, request_id: int) -> float:
    """Hours all applied `extend` commands have added to this request so far."""
    earlier = await session.scalars(
        select(AuditEntry).where(col(AuditEntry.request_id) == request_id)
        .where(col(AuditEntry.action) == "review:extend"))
    return sum(float(e.detail.get("hours", 0.0)) for e in earlier)
