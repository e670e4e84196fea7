"""Two daemons on one PostgreSQL database share the work and never do anything twice."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from datetime import timedelta
from email.parser import BytesParser
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlmodel import col

from bot.app import App, build_app
from bot.clock import FakeClock
from bot.db import counters
from bot.db.models import Alert, AuditEntry, EndorsementRequest, InboundMessage, OutboundMessage
from bot.evaluation.result import Judgement
from bot.inbound.processor import Judge
from bot.mail.message import ParsedMail
from bot.outbound.outbox import LEASE
from bot.ports import FetchedMessage
from bot.sandbox.smtp import SmtpFront
from tests.workflow.world import ENDORSER, World, world_settings

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


async def _world_pair(postgres_url: str, tmp_path: Path, judge_for_a: Judge | None = None
                      ) -> tuple[App, App, SmtpFront, FakeClock]:
    async def deliver(_s: str, _r: str, _d: bytes) -> None:
        return None

    front = SmtpFront(deliver=deliver, local_domains=frozenset({"bot.test", "admin.test"}))
    port = await front.start()
    clock = FakeClock()
    settings = world_settings(tmp_path / "unused.sqlite3", port).replace(database={"url": postgres_url})
    a = build_app(settings, clock=clock, judge=judge_for_a)
    b = build_app(settings, clock=clock)
    await a.db.create_schema()
    return a, b, front, clock


async def _reply(app: App, request_id: int | None, uid: int, clock: FakeClock) -> FetchedMessage:
    async with app.db.session() as s:
        request = await s.get(EndorsementRequest, request_id)
    assert request is not None
    world = World(app, clock, SmtpFront(deliver=_nowhere, local_domains=frozenset()))
    raw = await world.render("good_reply_gmail.eml", request)
    return FetchedMessage("INBOX", 1, uid, clock.now(), raw)


async def _nowhere(_s: str, _r: str, _d: bytes) -> None:
    return None


async def test_a_reply_judged_before_its_transaction_is_not_disturbed_by_the_other_instance_reminding(
        postgres_url: str, tmp_path: Path) -> None:
    """The judging (seconds with an LLM) happens before the transaction that records it, so the other
    instance's reminder meanwhile is simply read, and the judgement stands: judged once, no retry."""
    other: list[App] = []
    calls: list[int] = []

    class JudgeWhileTheOtherSweeps:
        def __init__(self, real: Judge) -> None:
            self.real = real

        async def judge(self, mail: ParsedMail) -> Judgement:
            calls.append(1)
            if len(calls) == 1:
                assert await other[0].workflow.send_due_reminders() == 1  # forced interleaving
            return await self.real.judge(mail)

    a, b, front, clock = await _world_pair(postgres_url, tmp_path)
    a.processor.judge = JudgeWhileTheOtherSweeps(a.processor.judge)
    other.append(b)
    try:
        async with a.db.session() as s:
            request = await a.workflow.create_request(s, endorser_email=ENDORSER, candidate_email="g@cand.example")
            await s.commit()
        await a.outbox.flush()
        clock.advance(timedelta(hours=25))
        row = await a.processor.handle(await _reply(a, request.id, 1, clock))
        assert row.reason is None and len(calls) == 1
        async with a.db.session() as s:
            stored = await s.get(EndorsementRequest, request.id)
        assert stored is not None and stored.status == "passed"
    finally:
        await a.close()
        await b.close()
        await front.stop()


async def test_a_reply_judged_while_the_other_instance_reminds_the_request_is_judged_not_quarantined(
        postgres_url: str, tmp_path: Path) -> None:
    """Issue 12, item 3: the other instance's reminder sweep moves the request while this one judges;
    the compare-and-set is lost, the request read again and the reply judged again."""
    other: list[App] = []

    class JudgeWhileTheOtherSweeps:
        def __init__(self, real: Judge) -> None:
            self.real, self.calls = real, 0

        async def judge(self, mail: ParsedMail) -> Judgement:
            self.calls += 1
            if self.calls == 1:
                assert await other[0].workflow.send_due_reminders() == 1  # forced interleaving
            return await self.real.judge(mail)

    a, b, front, clock = await _world_pair(postgres_url, tmp_path)
    judge = JudgeWhileTheOtherSweeps(a.processor.judge)
    a.processor.judge = judge

    async def judged_inside(message: FetchedMessage, mail: ParsedMail) -> dict[str, Judgement]:
        return {}  # the judgement made before the transaction missed (another reply came meanwhile)

    a.processor._prejudge = judged_inside  # type: ignore[method-assign]
    other.append(b)
    try:
        async with a.db.session() as s:
            request = await a.workflow.create_request(s, endorser_email=ENDORSER, candidate_email="g@cand.example")
            await s.commit()
        await a.outbox.flush()
        clock.advance(timedelta(hours=25))  # the reminder is due
        row = await a.processor.handle(await _reply(a, request.id, 1, clock))

        assert row.reason is None and judge.calls == 2
        async with a.db.session() as s:
            stored = await s.get(EndorsementRequest, request.id)
            quarantined = await s.scalar(select(func.count()).select_from(Alert)
                                         .where(col(Alert.kind) == "quarantined"))
            retried = await counters.read(s, counters.JUDGING_RETRIED, clock.now())
        assert stored is not None and stored.status == "passed"
        assert quarantined == 0 and retried == 1
    finally:
        await a.close()
        await b.close()
        await front.stop()


async def test_a_message_both_instances_fetch_is_stored_once_and_the_other_is_a_counted_no_op(
        postgres_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    release = asyncio.Event()
    judging = asyncio.Event()

    a, b, front, clock = await _world_pair(postgres_url, tmp_path)
    record = a.workflow.record_judgement

    async def held_record(*args: Any, **kwargs: Any) -> Any:
        judging.set()
        await release.wait()  # A holds its uncommitted row while B tries to store the same message
        return await record(*args, **kwargs)

    a.workflow.record_judgement = held_record  # type: ignore[method-assign]
    try:
        async with a.db.session() as s:
            request = await a.workflow.create_request(s, endorser_email=ENDORSER, candidate_email="g@cand.example")
            await s.commit()
        await a.outbox.flush()
        message = await _reply(a, request.id, 1, clock)
        first = asyncio.create_task(a.processor.handle(message))
        await judging.wait()
        second = asyncio.create_task(b.processor.handle(message))
        await _until_someone_waits_on_a_lock(a)  # B's INSERT waits for A's unique key
        release.set()
        rows = await asyncio.gather(first, second)

        assert rows[0].id == rows[1].id and rows[0].reason is None
        async with a.db.session() as s:
            stored = await s.scalar(select(func.count()).select_from(InboundMessage))
            elsewhere = await counters.read(s, counters.INBOUND_HANDLED_ELSEWHERE, clock.now())
            quarantined = await s.scalar(select(func.count()).select_from(Alert))
        assert stored == 1 and elsewhere == 1 and quarantined == 0
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    finally:
        await a.close()
        await b.close()
        await front.stop()


async def _until_someone_waits_on_a_lock(app: App) -> None:
    for _ in range(1000):
        async with app.db.session() as s:
            # This test's database only: the server may serve other runs, whose waits say nothing of B's.
            waiting = await s.scalar(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                          "AND datname = current_database()"))
        if waiting:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the second instance never waited for the first one's row")


async def test_rows_a_killed_instance_claimed_but_never_handed_are_taken_over_at_once(postgres_url: str,
                                                                                    tmp_path: Path) -> None:
    """Issue 12, item 3: no waiting out a lease. Liveness is an advisory lock each instance holds for its
    lifetime; the server frees it with the connection, so a lock we can take is a dead instance's."""
    clock = FakeClock()
    a, b = [await _instance(postgres_url, 2525, clock, tmp_path) for _ in range(2)]  # nothing is sent
    try:
        await a.db.create_schema()
        async with a.db.session() as s:
            for n in range(3):
                await a.workflow.create_request(s, endorser_email=ENDORSER, candidate_email=f"c{n}@cand.example")
            await s.commit()
        await b.outbox.liveness.hold()
        assert len(await b.outbox._claim(10)) == 3
        assert await a.outbox._claim(10) == []  # B is alive: its claim stands
        await b.close()  # B's process dies: its connections, and with them its lock, are gone
        assert len(await a.outbox._claim(10)) == 3  # at once, the lease not run out
    finally:
        await a.close()
        await b.close()
