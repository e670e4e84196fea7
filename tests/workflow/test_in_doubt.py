"""Sends in doubt are decided by evidence, never by a timeout (issue 12, item 1).

Every email carries the bot's own address as an extra envelope recipient; the copy that lands in
the bot's mailbox proves the server accepted it. These tests hand that copy to the processor as the
watcher would; tests/e2e/test_kills.py does the same through real Dovecot with a killed daemon.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from email.parser import BytesParser
from email.policy import default

import pytest
from sqlalchemy import update

from bot.db.models import OutboundMessage
from bot.outbound.flush import ClaimedRow
from bot.outbound.outbox import Outbox
from bot.ports import FetchedMessage
from tests.workflow.world import BOT, World


def _new_instance(world: World) -> Outbox:
    """The daemon started again after a kill: a new instance id, the same database."""
    old = world.app.outbox
    return Outbox(old.db, old.clock, old.settings, old.open_sender, old.hooks, copy_to=BOT, progress=old.progress)


async def _killed_after_acceptance(world: World) -> None:
    """The server accepted the request email; the daemon dies before it records that."""
    async def killed(row: ClaimedRow) -> None:
        raise asyncio.CancelledError  # what a kill looks like to the code that was running

    world.app.outbox.after_accept = killed
    with pytest.raises(asyncio.CancelledError):
        await world.app.outbox.flush()
    world.app.outbox.after_accept = None


def _mailbox_read(world: World) -> None:
    """The inbox watcher completed a read of the whole mailbox, starting now."""
    progress = world.app.inbox_progress
    progress.complete(progress.begin(), world.clock.now())


async def _copy_arrives(world: World, uid: int) -> None:
    [(_sender, recipients, data)] = [a for a in world.front.accepted if BOT in a[1]][-1:]
    assert recipients[-1] == BOT
    await world.app.processor.handle(FetchedMessage("INBOX", 1, uid, world.clock.now(), data))


async def test_every_email_carries_a_copy_for_the_bot_that_no_reader_sees(world: World) -> None:
    await world.request()
    for _sender, recipients, data in world.front.accepted:
        assert recipients[-1] == BOT and BOT not in recipients[:-1]
        headers = BytesParser(policy=default).parsebytes(data, headersonly=True)
        assert BOT not in str(headers["To"]) and headers["Bcc"] is None


async def test_a_kill_after_the_server_accepted_is_decided_by_the_copy_and_nothing_is_sent_twice(
        world: World) -> None:
    request = await world.request(send=False)
    await _killed_after_acceptance(world)
    [row] = await world.outbound(kind="request")
    assert row.status == "sending" and row.handed_at is not None  # in doubt
    assert len(world.front.outside["gina@cand.example"]) == 1

    restarted = _new_instance(world)
    _mailbox_read(world)
    world.advance(minutes=1)
    await restarted.flush()  # no copy read yet: a probe goes out, the request waits
    assert [o.status for o in await world.outbound(kind="request")] == ["sending"]
    [(_s, _r, request_copy)] = [a for a in world.front.accepted if "gina@cand.example" in a[1]]
    await world.app.processor.handle(FetchedMessage("INBOX", 1, 1, world.clock.now(), request_copy))
    accepted_at = world.clock.now()
    world.advance(minutes=10)
    await restarted.flush()

    [row] = await world.outbound(kind="request")
    assert row.status == "sent" and row.sent_at == accepted_at and row.handed_at is None
    request = await world.get(request.id)
    assert request.status == "sent" and request.sent_at == accepted_at  # the window starts at the copy's receipt
    assert request.deadline_at == accepted_at + timedelta(hours=world.app.settings.workflow.window_hours)
    assert len(world.front.outside["gina@cand.example"]) == 1  # the candidate got it exactly once
    assert [o.status for o in await world.outbound(kind="ack")] == ["sent"]


async def test_an_email_in_doubt_is_sent_again_once_when_a_later_probe_came_back_without_its_copy(
        world: World) -> None:
    await world.request(send=False)
    # Handed, then killed before the server took it: no copy will ever come.
    async with world.app.db.session() as s:
        await s.execute(update(OutboundMessage).values(status="sending", claimed_by="dead0000:1",
                                                       handed_at=world.clock.now()))
        await s.commit()
    restarted = _new_instance(world)
    await restarted.flush()  # no copy: a probe (to the bot alone) goes out behind it
    assert [o.status for o in await world.outbound(kind="request")] == ["sending"]
    [probe] = await world.outbound(kind="probe")
    assert probe.status == "sent" and world.front.accepted[-1][1] == (BOT,)
    _mailbox_read(world)
    await restarted.flush()
    assert [o.status for o in await world.outbound(kind="request")] == ["sending"]  # its copy is not back: wait
    world.advance(seconds=world.app.settings.smtp.in_doubt_settle_s + 1)
    await _copy_arrives(world, uid=1)  # the probe's copy, and no copy of the request before it
    await restarted.flush()
    [row] = await world.outbound(kind="request")
    assert row.status == "sent"
    assert len(world.front.outside["gina@cand.example"]) == 1


async def test_a_copy_delayed_by_the_server_is_waited_for_however_long_the_mailbox_was_read(
        world: World) -> None:
    """The bot's mailbox was unreachable from the server for a while: the copy of an email the server
    took arrives late. No read of the mailbox, however late, counts as evidence while the probe sent
    after the doubt has not come back."""
    await world.request(send=False)
    await _killed_after_acceptance(world)
    restarted = _new_instance(world)
    for _ in range(3):
        await asyncio.sleep(world.app.settings.smtp.in_doubt_settle_s)
        world.advance(minutes=10)
        _mailbox_read(world)
        await restarted.flush()
    assert [o.status for o in await world.outbound(kind="request")] == ["sending"]
    assert len(world.front.outside["gina@cand.example"]) == 1
    [(_s, _r, request_copy)] = [a for a in world.front.accepted if "gina@cand.example" in a[1]]
    await world.app.processor.handle(FetchedMessage("INBOX", 1, 1, world.clock.now(), request_copy))
    await restarted.flush()
    assert [o.status for o in await world.outbound(kind="request")] == ["sent"]
    assert len(world.front.outside["gina@cand.example"]) == 1


async def test_rows_a_dead_instance_claimed_but_never_handed_are_sent_at_once(world: World) -> None:
    await world.request(send=False)
    async with world.app.db.session() as s:
        await s.execute(update(OutboundMessage).values(
            status="sending", claimed_by="dead0000:1", claimed_until=world.clock.now() + timedelta(minutes=5)))
        await s.commit()
    # One instance per SQLite file: a claim by another instance id is a dead daemon's. Nothing was
    # handed to the server, so there is nothing to wait for (no lease, no copy).
    assert await world.app.outbox.flush() == 2  # the request, then the ack its acceptance queued
    assert len(world.front.outside["gina@cand.example"]) == 1


async def test_a_copy_of_our_own_mail_is_stored_without_its_bytes_and_never_judged(world: World) -> None:
    await world.request()
    await _copy_arrives(world, uid=7)
    [copy] = [m for m in await _inbound(world) if m.uid == 7]
    assert copy.kind == "copy" and copy.reason == "own_mail" and copy.raw is None and copy.request_id is None


async def _inbound(world: World) -> list:
    from sqlalchemy import select

    from bot.db.models import InboundMessage

    async with world.app.db.session() as s:
        return list(await s.scalars(select(InboundMessage)))


async def test_a_reply_to_a_request_still_in_doubt_proves_delivery_and_is_judged(world: World) -> None:
    """Issue 12, item 2: the outbox never learned the request email was accepted, but the candidate
    answered it: the request becomes sent at the reply's receipt (the latest possible moment, no copy
    read yet), the answer is judged, and the request email is never sent again."""
    request = await world.request(send=False)
    await _killed_after_acceptance(world)
    world.advance(hours=2)
    reply = await world.deliver("good_reply_gmail.eml", request)
    assert reply.reason is None and reply.kind == "reply"
    request = await world.get(request.id)
    assert request.status == "passed" and request.sent_at == reply.received_at
    [proof] = [a for a in await world.audit(request.id) if a.to_status == "sent"]
    assert (proof.actor, proof.from_status, proof.detail) == ("inbound:reply", "requested", {"evidence": "reply"})
    [row] = await world.outbound(kind="request")
    assert row.status == "sent"
    restarted = _new_instance(world)
    _mailbox_read(world)
    await restarted.flush()
    assert len(world.front.outside["gina@cand.example"]) == 2  # the request once, then the receipt
