"""Attack (issue 10 item 6, red-team variant): a plain display name that holds another address.
``From: "alice@members.example" <mallory@attacker.example>`` (no encoded word to refuse; also in Cyrillic
look-alike letters, and with the member's address in Reply-To and Sender) shows a mail client's reader the
member's address, and the attacker's own domain authenticates the real one. The bot reads only the real address:
a request by email is judged on it (an unknown endorser: nobody is mailed), a command is not an admin's, an
answer is not the candidate's (admins are alerted, and the alert names the real address)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.domain.reasons import Reason
from tests.inbound.test_forged_endorser_requests import add_member, requests
from tests.workflow.world import World

SECURITY = Path(__file__).resolve().parent.parent / "fixtures" / "security"
ATTACKER = "mallory@attacker.example"


@pytest.mark.parametrize("attack", [
    "stranger_named_as_a_member.eml",
    "stranger_named_as_a_member_in_lookalike_letters.eml",
    "stranger_gives_a_members_reply_to.eml",
])
async def test_a_request_from_a_stranger_named_as_a_member_is_judged_on_the_real_address(
        world: World, attack: str) -> None:
    await add_member(world)
    row = await world.deliver(str(SECURITY / attack), None)
    assert row.from_addr == ATTACKER
    assert row.reason == Reason.UNKNOWN_ENDORSER
    assert await requests(world) == []
    await world.app.outbox.flush()
    assert world.front.outside == {}  # neither the candidate nor the member named


async def test_a_command_from_a_stranger_named_as_an_admin_is_not_an_admins(world: World) -> None:
    request = await world.request()
    row = await world.deliver(str(SECURITY / "stranger_named_as_an_admin_sends_a_command.eml"), None)
    assert row.from_addr == ATTACKER and row.reason is not None
    assert (await world.get(request.id)).status == request.status
    assert all(ATTACKER not in e.recipients for e in await world.outbound())


async def test_an_answer_from_a_stranger_named_as_the_candidate_alerts_with_the_real_address(world: World) -> None:
    request = await world.request()
    row = await world.deliver(str(SECURITY / "stranger_named_as_the_candidate_answers.eml"), request,
                              candidate=request.candidate_email)
    assert row.reason == Reason.WRONG_SENDER and row.from_addr == ATTACKER
    alerts = await world.outbound(kind="alert")
    assert alerts and all(ATTACKER.encode() in e.data for e in alerts)
    assert all(ATTACKER not in e.recipients for e in await world.outbound())
