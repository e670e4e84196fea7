"""A delay warning (RFC 3464 Action: delayed) is a mail system's report, never the candidate's answer,
and not a failure either: the server is still trying, so the request stays open."""

from __future__ import annotations

from bot.domain.reasons import Reason
from tests.workflow.world import World


async def test_a_delay_warning_is_refused_as_a_bounce_and_the_request_stays_open(world: World) -> None:
    request = await world.request()
    row = await world.deliver("bounce_delayed_dsn.eml", request)
    assert row.reason == Reason.BOUNCE
    assert row.request_id == request.id
    assert (await world.get(request.id)).status == "sent"
    assert await world.outbound(kind="undeliverable", request_id=request.id) == []


async def test_the_answer_after_a_delay_warning_still_counts(world: World) -> None:
    request = await world.request()
    await world.deliver("bounce_delayed_dsn.eml", request)
    assert (await world.deliver("good_reply_gmail.eml", request)).reason is None
    assert (await world.get(request.id)).status == "passed"


async def test_a_success_notice_is_no_failure_and_the_request_stays_open(world: World) -> None:
    """RFC 3464 Action: relayed (or delivered, expanded) reports that our request went through: no bounce of it."""
    request = await world.request()
    row = await world.deliver("success_dsn_delivered.eml", request)
    assert row.reason == Reason.BOUNCE
    assert (await world.get(request.id)).status == "sent"
    assert await world.outbound(kind="undeliverable", request_id=request.id) == []
    assert (await world.deliver("good_reply_gmail.eml", request)).reason is None
