"""Issue 10 item 7: a forged bounce cannot close someone's request.

Anyone can mail the bot's plain address a delivery report that "fails" for a rival candidate. A report counts
only when it reaches the request's own (VERP) address or quotes the Message-ID of the request we sent: only
the candidate's mail system has seen either. Anything else is kept for admins and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from bot.domain.reasons import Reason
from tests.workflow.world import World

SECURITY = Path(__file__).resolve().parent.parent / "fixtures" / "security"


async def test_a_forged_bounce_to_the_plain_address_leaves_the_request_open(world: World) -> None:
    request = await world.request()
    row = await world.deliver(str(SECURITY / "forged_bounce_to_the_plain_address_naming_the_candidate.eml"),
                              request)
    assert row.reason == Reason.BOUNCE_UNVERIFIED
    assert request.candidate_email in row.reason_detail  # kept for admins, with whom it names
    assert (await world.get(request.id)).status == "sent"
    assert await world.outbound(kind="undeliverable") == []


async def test_a_bounce_to_the_plain_address_quoting_our_message_id_counts(world: World) -> None:
    request = await world.request()
    row = await world.deliver(str(SECURITY / "bounce_to_the_plain_address_quoting_our_message_id.eml"), request)
    assert row.reason == Reason.BOUNCE and row.request_id == request.id
    assert (await world.get(request.id)).status == "undeliverable"


async def test_a_bounce_to_the_requests_own_address_counts(world: World) -> None:
    request = await world.request()
    row = await world.deliver("bounce_unknown_user.eml", request)
    assert row.reason == Reason.BOUNCE
    assert (await world.get(request.id)).status == "undeliverable"
