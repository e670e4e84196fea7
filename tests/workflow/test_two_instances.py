"""Two daemons on one PostgreSQL database share the work and never do anything twice."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from bot.app import App, build_app
from bot.clock import FakeClock
from bot.db.models import AuditEntry, OutboundMessage
from bot.outbox import LEASE
from bot.sandbox.smtp import SmtpFront
from tests.workflow.world import ENDORSER, world_settings

pytestmark = pytest.mark.realserver
REQUESTS = 30


async def _instance(url: str, port: int, clock: FakeClock, tmp_path: Path) -> App:
    settings = world_settings(tmp_path / "unused.sqlite3", port).replace(
        database={"url": url}, smtp={"batch_size": 7})  # small batches: the instances interleave
    return build_app(settings, clock=clock)


async def test_two_instances_sweeping_and_sending_at_once_do_everything_once(postgres_url: str,
                                                                             tmp_path: Path) -> None:
    async def deliver(_s: str, _r: str, _d: bytes) -> None:
        return None

    front = SmtpFront(deliver=deliver, local_domains=frozenset({"bot.test", "admin.test"}))
    port = await front.start()
    clock = FakeClock()
    a, b = [await _instance(postgres_url, port, clock, tmp_path) for _ in range(2)]
    try:
        await a.db.create_schema()
        await b.db.create_schema()
        async with a.db.session() as s:
            for n in range(REQUESTS):
                await a.workflow.create_request(s, endorser_email=ENDORSER, candidate_email=f"c{n}@cand.example")
            await s.commit()
        # Both send the requests at once.
        await asyncio.gather(a.outbox.flush(), b.outbox.flush(), a.outbox.flush(), b.outbox.flush())
        clock.advance(timedelta(hours=25))
        # Both run the reminder sweep and send at once, twice over.
        for _ in range(2):
            await asyncio.gather(a.workflow.send_due_reminders(), b.workflow.send_due_reminders())
            await asyncio.gather(a.outbox.flush(), b.outbox.flush())
        clock.advance(timedelta(hours=12))
        await asyncio.gather(a.workflow.expire_overdue(), b.workflow.expire_overdue())
        await asyncio.gather(a.outbox.flush(), b.outbox.flush())

        message_ids = Counter(BytesParser(policy=default).parsebytes(d, headersonly=True)["Message-ID"]
                              for _, _, d in front.accepted)
        assert all(n == 1 for n in message_ids.values()), "an email went out twice"
        async with a.db.session() as s:
            kinds = Counter((await s.execute(
                select(col(OutboundMessage.kind), func.count()).group_by(col(OutboundMessage.kind)))).all())
            expiries = await s.scalar(select(func.count()).select_from(AuditEntry)
                                      .where(col(AuditEntry.to_status) == "expired"))
            unsent = await s.scalar(select(func.count()).select_from(OutboundMessage)
                                    .where(col(OutboundMessage.status) != "sent"))
        counts = {kind: n for (kind, n), _ in kinds.items()}
        assert counts["request"] == counts["reminder"] == counts["ack"] == REQUESTS
        assert counts["outcome"] == REQUESTS and expiries == REQUESTS
        assert unsent == 0 and len(message_ids) == sum(counts.values())
    finally:
        await a.close()
        await b.close()
        await front.stop()


async def test_two_instances_that_saw_the_same_due_rows_never_both_take_one(postgres_url: str,
                                                                           tmp_path: Path) -> None:
    """The race itself, forced: A reads the due rows, B claims them, then A tries to take what it read."""
    clock = FakeClock()
    a, b = [await _instance(postgres_url, 2525, clock, tmp_path) for _ in range(2)]  # nothing is sent
    try:
        await a.db.create_schema()
        async with a.db.session() as s:
            for n in range(3):
                await a.workflow.create_request(s, endorser_email=ENDORSER, candidate_email=f"c{n}@cand.example")
            await s.commit()
        now = clock.now()
        async with a.db.session() as session_a:
            seen_by_a = await a.outbox._due_ids(session_a, now, 10)
            assert len(seen_by_a) == 3
            taken_by_b = await b.outbox._claim(10)
            assert [row.id for row in taken_by_b] == seen_by_a
            assert await a.outbox._take(session_a, seen_by_a, now) == []
        clock.advance(LEASE + timedelta(seconds=1))  # B died mid-send: after its lease, A may take them
        assert len(await a.outbox._claim(10)) == 3
    finally:
        await a.close()
        await b.close()
