"""Per-day named counters for admins, and for state that must outlive a restart (today's LLM spend).

An increment is one upsert, so two instances counting at once both land."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Table
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.db.models import Counter

LLM_COST_MICROUSD = "llm_cost_microusd"  # integer micro-dollars: sums exactly, unlike floats
LLM_ERRORS = "llm_errors"
# A message another instance handled first (both watch one mailbox): a quiet no-op, counted.
INBOUND_HANDLED_ELSEWHERE = "inbound_handled_elsewhere"
# A reply judged again because a sweep or another instance changed its request meanwhile.
JUDGING_RETRIED = "judging_retried"

_TABLE: Table = Counter.__table__  # type: ignore[attr-defined]  # SQLModel leaves it untyped


def day_of(when: datetime) -> str:
    return when.date().isoformat()  # the UTC day: callers pass aware UTC datetimes from the Clock


async def bump(session: AsyncSession, name: str, when: datetime, amount: int = 1) -> None:
    """Add ``amount`` to today's ``name`` in the caller's transaction."""
    if amount == 0:
        return
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(_TABLE).values(name=name, day=day_of(when), value=amount)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["name", "day"], set_={"value": _TABLE.c.value + stmt.excluded.value}))


async def read(session: AsyncSession, name: str, when: datetime) -> int:
    value = await session.scalar(
        select(col(Counter.value)).where(col(Counter.name) == name).where(col(Counter.day) == day_of(when)))
    return int(value or 0)
