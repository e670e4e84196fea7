"""Candidates are never left guessing: told when a request is withdrawn or ends without their answer, receipts
threaded under their reply, and the request states its deadline as a date and time in UTC and the local zone."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from bot.db.models import OutboundMessage
from bot.outbound import addresses
from tests.workflow.world import World, make_world


def _parsed(row: OutboundMessage) -> EmailMessage:
    message = message_from_bytes(row.data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _text(row: OutboundMessage) -> str:
    part = _parsed(row).get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


async def _withdraw(world: World, request_id: int | None) -> None:
    from bot.db.models import EndorsementRequest

    async with world.app.db.session() as session:
        request = await session.get(EndorsementRequest, request_id)
        assert request is not None
        await world.app.workflow.withdraw(session, request, actor="cli", why="endorser changed their mind")
        await session.commit()


async def test_a_candidate_who_has_the_request_is_told_it_was_withdrawn(world: World) -> None:
    request = await world.request()
    await _withdraw(world, request.id)

    [closed] = await world.outbound(kind="closed", request_id=request.id)
    message = _parsed(closed)

    assert closed.recipients == [request.candidate_email] and closed.status == "pending"
    assert "no answer needed" in str(message["Subject"]) and "withdrawn" in _text(closed)
    assert "endorser changed their mind" not in _text(closed)  # the audit trail's note is not theirs to read
    assert message["In-Reply-To"] == await world.request_message_id(request)


async def test_a_request_withdrawn_before_it_left_tells_nobody(world: World) -> None:
    request = await world.request(send=False)
    await _withdraw(world, request.id)

    assert await world.outbound(kind="closed", request_id=request.id) == []


async def test_a_candidate_who_never_answered_is_told_the_request_closed(world: World) -> None:
    request = await world.request()
    world.advance(hours=37)
    assert await world.app.workflow.expire_overdue() == 1

    [closed] = await world.outbound(kind="closed", request_id=request.id)

    assert closed.recipients == [request.candidate_email]
    assert "did not receive an answer" in _text(closed) and "UTC" in _text(closed)


async def test_a_receipt_is_threaded_under_the_candidates_reply_and_answerable(world: World) -> None:
    request = await world.request("pat@cand.example")
    reply = await world.deliver("poor_reply.eml", request)

    receipt = _parsed((await world.outbound(kind="receipt", request_id=request.id))[-1])

    assert reply.message_id and receipt["In-Reply-To"] == reply.message_id
    assert str(receipt["References"]).split() == [await world.request_message_id(request), reply.message_id]
    assert receipt["Reply-To"] == addresses.reply_address(world.bot, request.token)


async def test_the_request_states_its_deadline_in_utc_and_the_configured_zone(tmp_path: Path) -> None:
    world, front = await make_world(tmp_path, workflow={"timezone": "Europe/Paris"})
    try:
        request = await world.request()
        [row] = await world.outbound(kind="request", request_id=request.id)
        request = await world.get(request.id)
    finally:
        await world.app.close()
        await front.stop()
    assert request.deadline_at is not None
    deadline = request.deadline_at.strftime("%d %B %Y, %H:%M UTC")
    text = " ".join(_text(row).split())

    # Composed at the moment the (fake) clock shows the server accepting it: the stated time is the deadline.
    assert f"by {request.deadline_at:%A} {deadline} (" in text and "Europe/Paris)" in text
