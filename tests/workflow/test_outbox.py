"""The outbox: one row per email, one connection per batch, retries with backoff, never twice."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import event

from bot.clock import utc
from bot.db.models import EndorsementRequest
from bot.outbound.outbox import LEASE
from tests.workflow.world import World


async def test_a_batch_goes_over_one_smtp_connection(world: World) -> None:
    before = world.front.connections
    for n in range(5):
        await world.request(f"c{n}@cand.example", send=False)
    assert await world.app.outbox.flush() == 10  # five requests, then the five acks they lead to
    assert world.front.connections - before == 1


async def test_a_transient_failure_is_retried_later_with_the_same_message_id(world: World) -> None:
    world.front.fail_next(1, code=451, text="greylisted")
    request = await world.request()
    [row] = await world.outbound(kind="request")
    assert (row.status, row.attempts) == ("pending", 1) and "451" in row.last_error
    assert request.status == "requested"  # the window has not started: nothing was accepted yet
    assert await world.app.outbox.flush() == 0  # not due yet: backing off
    world.advance(seconds=world.app.settings.smtp.retry_base_s + 1)
    assert await world.app.outbox.flush() >= 1
    [again] = await world.outbound(kind="request")
    assert (again.status, again.attempts, again.message_id) == ("sent", 2, row.message_id)
    assert (await world.get(request.id)).status == "sent"


async def test_too_many_transient_failures_give_up_and_the_request_is_undeliverable(world: World) -> None:
    attempts = world.app.settings.smtp.max_attempts
    world.front.fail_next(attempts, code=451)
    request = await world.request()
    for _ in range(attempts):
        world.advance(hours=24)
        await world.app.outbox.flush()
    [row] = await world.outbound(kind="request")
    assert row.status == "failed" and row.attempts == attempts
    assert (await world.get(request.id)).status == "undeliverable"


async def test_a_refused_recipient_fails_at_once_and_the_endorser_is_told(world: World) -> None:
    request = await world.request("nobody@reject.test")
    [row] = await world.outbound(kind="request")
    assert (row.status, row.attempts) == ("failed", 1) and "550" in row.last_error
    assert (await world.get(request.id)).status == "undeliverable"
    assert await world.outbound(kind="undeliverable", request_id=request.id)


async def test_queueing_the_same_logical_email_twice_is_a_no_op(world: World) -> None:
    request = await world.request()
    async with world.app.db.session() as s:
        again = await world.app.notifier.queue(s, kind="request", request=request, to=[request.candidate_email],
                                               now=world.clock.now())
        await s.commit()
    assert again is None
    assert len(await world.outbound(kind="request")) == 1


async def test_a_request_withdrawn_while_its_email_was_on_the_wire_stays_withdrawn(world: World) -> None:
    request = await world.request(send=False)
    [row] = await world.outbound(kind="request")
    async with world.app.db.session() as marking:
        stale = await marking.get(EndorsementRequest, request.id)  # what the outbox read before sending
        assert stale is not None and stale.status == "requested"
        async with world.app.db.session() as admin:
            fresh = await admin.get(EndorsementRequest, request.id)
            assert fresh is not None
            await world.app.workflow.withdraw(admin, fresh, actor="cli", why="changed their mind")
            await admin.commit()
        await world.app.workflow.on_sent(marking, row, world.clock.now())  # the acceptance comes in
        await marking.commit()
    assert (await world.get(request.id)).status == "withdrawn"
    assert await world.outbound(kind="ack") == []


async def test_rows_claimed_but_never_handed_by_a_sender_gone_past_its_lease_go_out_at_the_next_flush(
        world: World) -> None:
    """A claim hands what it takes; a sender of an older version claimed first and handed later, and one
    that died in between left rows claimed, not handed. Past its lease they are waiting again, and the
    attempt it never made is not counted."""
    for n in range(3):
        await world.request(f"c{n}@cand.example", send=False)
    assert len(await world.app.outbox._claim(10)) == 3  # claimed, never handed: nothing went out
    assert await world.app.outbox.flush() == 0  # the claim stands while its lease runs
    world.clock.advance(LEASE + timedelta(seconds=1))
    assert await world.app.outbox.flush() == 6  # the three requests, then their acknowledgements
    rows = await world.outbound(kind="request")
    assert [(r.status, r.attempts, r.handed_at) for r in rows] == [("sent", 1, None)] * 3


async def test_a_flush_with_nothing_due_writes_nothing(world: World) -> None:
    """The daemon flushes every second on SQLite: with nothing due, that must not take the write lock a
    reply's transaction needs."""
    await world.request()  # sent: nothing is due any more
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement.lstrip().split(None, 1)[0].upper())

    event.listen(world.app.db.engine.sync_engine, "before_cursor_execute", seen)
    try:
        assert await world.app.outbox.flush() == 0
    finally:
        event.remove(world.app.db.engine.sync_engine, "before_cursor_execute", seen)
    assert statements and not {"INSERT", "UPDATE", "DELETE"} & set(statements), statements


async def test_the_endorsers_notice_is_due_at_once_when_the_acceptance_is_dated_by_a_clock_ahead(
        world: World) -> None:
    """An email a kill left in doubt is marked sent at its copy's receipt time on the IMAP server, whose
    clock may run ahead of the bot's: the endorser's notice is still due now by the bot's clock, not
    when the bot's clock catches up (with a test clock that never moves, it was never sent)."""
    request = await world.request(send=False)
    [row] = await world.outbound(kind="request")
    ahead = world.clock.now() + timedelta(minutes=5)
    async with world.app.db.session() as marking:
        await world.app.workflow.on_sent(marking, row, ahead)
        await marking.commit()
    stored = await world.get(request.id)
    assert stored.status == "sent" and stored.sent_at is not None and utc(stored.sent_at) == ahead  # window starts
    [ack] = await world.outbound(kind="ack")
    assert utc(ack.next_attempt_at) <= world.clock.now()
