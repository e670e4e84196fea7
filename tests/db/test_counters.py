"""Per-day counters: an increment is one upsert, so concurrent instances never lose a count."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.db import counters
from bot.db.engine import Database

NOON = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


async def _bump_concurrently(db: Database, workers: int, each: int) -> None:
    async def worker() -> None:
        for _ in range(each):
            async with db.session() as session:
                await counters.bump(session, counters.LLM_ERRORS, NOON)
                await session.commit()

    await asyncio.gather(*(worker() for _ in range(workers)))


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
async def test_concurrent_increments_all_count(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'c.sqlite3'}" if backend == "sqlite" else request.getfixturevalue(
        "postgres_url")
    db = Database(url)
    try:
        await db.create_schema()
        await _bump_concurrently(db, workers=4, each=25)
        async with db.session() as session:
            assert await counters.read(session, counters.LLM_ERRORS, NOON) == 100
    finally:
        await db.close()


async def test_each_utc_day_counts_on_its_own(tmp_path: Path) -> None:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'c.sqlite3'}")
    try:
        await db.create_schema()
        async with db.session() as session:
            await counters.bump(session, counters.LLM_COST_MICROUSD, NOON, 1_500)
            await counters.bump(session, counters.LLM_COST_MICROUSD, NOON + timedelta(hours=11, minutes=59), 500)
            await counters.bump(session, counters.LLM_COST_MICROUSD, NOON + timedelta(hours=12), 7)
            await session.commit()
            assert await counters.read(session, counters.LLM_COST_MICROUSD, NOON) == 2_000
            assert await counters.read(session, counters.LLM_COST_MICROUSD, NOON + timedelta(days=1)) == 7
            assert await counters.read(session, counters.LLM_ERRORS, NOON) == 0
    finally:
        await db.close()
