"""Issue 10: what the flood budgets keep does not itself grow without bound or slow every message down.

A flood from a new domain with every message leaves an hourly counter row per domain; the hourly sweep
deletes the buckets no sliding hour can read any more (and keeps those in use). The per-sender allowance
counts a sender's messages of the last hour for every message that arrives: an index answers it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import col, func, select

from bot.daemon import Daemon
from bot.db.models import Counter
from bot.domain.reasons import Reason
from bot.inbound import limits
from tests.inbound.test_rotating_senders import stranger
from tests.workflow.world import World, running_world

LIMIT = 3


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with running_world(tmp_path, security={"max_inbound_per_domain_per_hour": LIMIT}) as w:
        yield w


async def domain_buckets(world: World) -> int:
    async with world.app.db.session() as session:
        query = select(func.count()).select_from(Counter).where(col(Counter.name).startswith("inbound_domain:"))
        return int(await session.scalar(query) or 0)


async def test_the_hourly_sweep_deletes_the_buckets_of_a_rotating_domain_flood_once_no_hour_reads_them(
        world: World) -> None:
    for i in range(20):
        await world.deliver("", raw=stranger(f"m@d{i}.example"))
    assert await domain_buckets(world) == 20
    daemon = Daemon(world.app)
    world.advance(hours=2)
    await daemon.retention_sweep()
    assert await domain_buckets(world) == 20  # still inside yesterday-or-today: a sliding hour may read them
    world.advance(days=2)
    await daemon.retention_sweep()
    assert await domain_buckets(world) == 0
    await daemon.retention_sweep()  # idempotent


async def test_pruning_never_deletes_a_bucket_in_use(world: World) -> None:
    for _ in range(LIMIT):
        await world.deliver("", raw=stranger("m@evil.example"))
    async with world.app.db.session() as session:
        assert await limits.prune(session, world.clock.now()) == 0
        await session.commit()
    assert (await world.deliver("", raw=stranger("n@evil.example"))).reason == Reason.DOMAIN_FLOODING


async def test_the_per_sender_count_reads_an_index_not_the_whole_table(world: World) -> None:
    await world.deliver("", raw=stranger("m@evil.example"))
    async with world.app.db.session() as session:
        plan = (await session.execute(text(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM inbound_message "
            "WHERE from_addr = 'm@evil.example' AND handled_at >= '2026-01-01' AND id != 1"))).all()
    detail = " ".join(str(row[-1]) for row in plan)
    assert "ix_inbound_message_sender_handled" in detail, detail
