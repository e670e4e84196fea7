"""The outbox: one row per email, one connection per batch, retries with backoff, never twice."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from bot.db.models import EndorsementRequest, OutboundMessage
from bot.outbox import _Accepted, _GroupCommit
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


async def test_a_row_claimed_by_a_live_sender_is_left_alone_until_its_lease_ends(world: World) -> None:
    await world.request(send=False)
    # Another instance claimed the row a moment ago (or died while sending it).
    async with world.app.db.session() as s:
        await s.execute(update(OutboundMessage).values(
            status="sending", claimed_by="other", claimed_until=world.clock.now() + timedelta(minutes=5)))
        await s.commit()
    assert await world.app.outbox.flush() == 0
    world.advance(minutes=6)
    # The lease ran out: the row is sent once, with the Message-ID fixed at its creation, so a
    # receiving server that did get the first try can recognise the copy.
    assert await world.app.outbox.flush() == 2  # the request, then the ack its acceptance queued
    assert len(world.front.outside["gina@cand.example"]) == 1


async def test_queueing_the_same_logical_email_twice_is_a_no_op(world: World) -> None:
    request = await world.request()
    async with world.app.db.session() as s:
        again = await world.app.notifier.queue(s, kind="request", request=request, to=[request.candidate_email],
                                               now=world.clock.now())
        await s.commit()
    assert again is None
    assert len(await world.outbound(kind="request")) == 1


async def test_acceptances_made_while_a_commit_is_in_flight_share_the_next_commit() -> None:
    groups: list[list[str]] = []
    release = asyncio.Event()

    async def commit(group: list[_Accepted]) -> None:
        groups.append([a.row.message_id for a in group])
        await release.wait()

    marks = _GroupCommit(commit)
    marks.add(_accepted("a"))
    await asyncio.sleep(0)  # the first commit starts and waits on the database
    marks.add(_accepted("b"))
    marks.add(_accepted("c"))
    release.set()
    await marks.drain()
    assert groups == [["a"], ["b", "c"]]


async def test_a_failed_commit_of_acceptances_is_raised_not_lost() -> None:
    async def commit(group: list[_Accepted]) -> None:
        raise RuntimeError("database went away")

    marks = _GroupCommit(commit)
    marks.add(_accepted("a"))
    with pytest.raises(RuntimeError, match="database went away"):
        await marks.drain()


async def test_rows_accepted_but_not_recorded_stay_claimed_and_go_again_with_the_same_message_id(
        world: World) -> None:
    await world.request(send=False)

    async def crash(session: object, row: OutboundMessage, accepted_at: object) -> None:
        raise RuntimeError("killed between the SMTP acceptance and its commit")

    world.app.outbox.hooks.on_sent = crash  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        await world.app.outbox.flush()
    [row] = await world.outbound(kind="request")
    assert row.status == "sending"  # the lease protects it from a second sender meanwhile
    del world.app.outbox.hooks.on_sent
    world.advance(minutes=6)
    await world.app.outbox.flush()
    [again] = await world.outbound(kind="request")
    assert again.status == "sent" and again.message_id == row.message_id
    # The one repeat the design allows, recognisable by its unchanged Message-ID.
    assert len(world.front.outside["gina@cand.example"]) == 2


def _accepted(message_id: str) -> _Accepted:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    row = OutboundMessage(kind="request", dedupe_key=f"request:{message_id}", envelope_from="bot@bot.test",
                          message_id=message_id, data=b"", next_attempt_at=at, created_at=at)
    return _Accepted(row, at)


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
