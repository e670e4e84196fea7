"""Issue 10 item 15: an endorser cannot endorse themselves through another spelling of their own address,
nor name a look-alike address.

Alice owns alice@members.example; "+tags", a trailing root dot, case, and (at Gmail) dots all reach her
mailbox. A Cyrillic "а" in a name is a look-alike, not a different person anyone should mail.
"""

from __future__ import annotations

import pytest

from bot.workflow.service import RequestError
from tests.workflow.world import World


async def create(world: World, endorser: str, candidate: str) -> None:
    async with world.app.db.session() as session:
        await world.app.workflow.create_request(session, endorser_email=endorser, candidate_email=candidate)
        await session.commit()


@pytest.mark.parametrize(("endorser", "candidate"), [
    ("alice@members.example", "alice+cv@members.example"),
    ("alice@members.example", "Alice@Members.Example."),
    ("alice@members.example", "\u0430lice@members.example"),  # Cyrillic a
    ("a.lice@gmail.com", "alice+me@googlemail.com"),
    ("alice@members.example", "bot+x@bot.test."),
    ("alice@members.example", "admin+review@admin.test"),
    # red-team variants (issue 10 item 15): the local part quoted, which needs no quotes: the same mailbox
    ("alice@members.example", '"alice"@members.example'),
    ("alice@members.example", '"alice+cv"@members.example'),
    ("alice@members.example", '"bot"@bot.test'),
    # an internationalised domain in Unicode and in the ASCII form DNS reads: one mailbox
    ("alice@bücher.example", "alice@xn--bcher-kva.example"),
    ("alice@xn--bcher-kva.example", "Alice@BÜCHER.example"),
])
async def test_another_spelling_of_a_forbidden_address_is_refused(world: World, endorser: str, candidate: str) -> None:
    with pytest.raises(RequestError):
        await create(world, endorser, candidate)
    assert await world.outbound() == []


async def test_dots_still_matter_where_the_provider_keeps_them(world: World) -> None:
    await create(world, "a.lice@members.example", "alice@members.example")  # two people at an ordinary domain
    assert len(await world.outbound(kind="request")) == 1


def test_a_look_alike_member_address_is_refused_when_registered() -> None:
    from bot.commands.members import check_email

    assert check_email("\u0430lice@members.example")[1]  # Cyrillic a
    assert check_email("Alice@Members.Example.") == ("alice@members.example", "")  # one spelling of one mailbox
