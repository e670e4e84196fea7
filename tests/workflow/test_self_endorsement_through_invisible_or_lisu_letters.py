"""Attack (issue 10 item 15, red-team variants of the look-alike address): an endorser names, as the candidate,
their own address with an invisible character in it ("alice\\u00ad@members.example", a zero-width space, a
bidi mark) or spelt in Lisu letters, which have no case and are drawn as Latin capitals ("ꓮꓡꓲꓚꓰ"). Each is
drawn as the endorser's own address in every mail, digest and table, yet was taken for another mailbox: the
request was made. Both are refused now; an ordinary second mailbox at the same domain still is not.
"""

from __future__ import annotations

import pytest

from bot.workflow.service import RequestError
from tests.workflow.world import World


async def create(world: World, endorser: str, candidate: str) -> None:
    async with world.app.db.session() as session:
        await world.app.workflow.create_request(session, endorser_email=endorser, candidate_email=candidate)
        await session.commit()


@pytest.mark.parametrize("candidate", [
    "alice\u00ad@members.example",  # soft hyphen
    "ali\u200bce@members.example",  # zero-width space
    "alice\u200e@members.example",  # left-to-right mark
    "alice\u2060@members.example",  # word joiner
    "ꓮꓡꓲꓚꓰ@members.example",  # Lisu letters
    "ꓮlice@members.example",
])
async def test_the_endorsers_own_address_in_disguise_is_refused(world: World, candidate: str) -> None:
    with pytest.raises(RequestError):
        await create(world, "alice@members.example", candidate)
    assert await world.outbound() == []


async def test_an_invisible_character_in_any_candidate_address_is_refused(world: World) -> None:
    with pytest.raises(RequestError, match="U\\+200B"):
        await create(world, "alice@members.example", "gi\u200bna@cand.example")
    assert await world.outbound() == []


async def test_another_mailbox_at_the_same_domain_is_still_asked(world: World) -> None:
    await create(world, "alice@members.example", "alicia@members.example")
    assert len(await world.outbound(kind="request")) == 1
