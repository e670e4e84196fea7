"""Starting requests, by the CLI's path and by email, and the guard against mailing arbitrary people."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.db.models import EndorsementRequest, Member
from bot.domain.reasons import Reason
from bot.workflow.service import RequestError
from tests.workflow.world import ENDORSER, World


async def _add_member(world: World, email: str = ENDORSER) -> None:
    async with world.app.db.session() as session:
        session.add(Member(email=email, name="Alice Member", created_at=world.clock.now()))
        await session.commit()


async def _requests(world: World) -> list[EndorsementRequest]:
    async with world.app.db.session() as session:
        return list(await session.scalars(select(EndorsementRequest)))


async def test_a_registered_endorser_starts_a_request_by_email_and_gets_an_acknowledgement(world: World) -> None:
    await _add_member(world)
    row = await world.deliver("endorser_asks_by_email.eml")
    assert row.reason is None and row.kind == "request"
    [request] = await _requests(world)
    assert (request.candidate_email, request.candidate_name, request.origin) == \
        ("carol@cand.example", "Carol Candidate", "email")
    await world.app.outbox.flush()
    [ack] = await world.outbound(kind="ack")
    assert ack.recipients == [ENDORSER]
    assert b"has until" in ack.data  # the acknowledgement names the deadline
    assert (await world.get(request.id)).deadline_at is not None


async def test_an_unknown_sender_cannot_make_the_bot_mail_anyone(world: World) -> None:
    row = await world.deliver("stranger_asks_by_email.eml")
    assert row.reason == Reason.UNKNOWN_ENDORSER
    assert await _requests(world) == []
    await world.app.outbox.flush()
    assert "victim@cand.example" not in world.front.outside
    assert await world.outbound() == []


async def test_an_endorser_over_the_daily_limit_is_refused(world: World) -> None:
    await _add_member(world)
    settings = world.app.settings
    for n in range(settings.workflow.max_requests_per_endorser_per_day):
        await world.request(f"c{n}@cand.example", send=False)
    row = await world.deliver("endorser_asks_by_email.eml")
    assert row.reason == Reason.RATE_LIMITED


@pytest.mark.parametrize("candidate", ["bot@bot.test", "bot+abc@bot.test", "admin@admin.test", ENDORSER, "nope"])
async def test_requests_to_odd_targets_are_refused(world: World, candidate: str) -> None:
    with pytest.raises(RequestError):
        await world.request(candidate)


async def test_a_second_open_request_for_the_same_pair_is_refused(world: World) -> None:
    await world.request()
    with pytest.raises(RequestError, match="still open"):
        await world.request()


async def test_withdrawing_cancels_unsent_mail(world: World) -> None:
    request = await world.request(send=False)
    async with world.app.db.session() as session:
        fresh = await session.get(EndorsementRequest, request.id)
        assert fresh is not None
        await world.app.workflow.withdraw(session, fresh, actor="cli")
        await session.commit()
    assert await world.app.outbox.flush() == 0
    assert "gina@cand.example" not in world.front.outside
    assert (await world.get(request.id)).status == "withdrawn"
