"""Attack (issue 10 item 15, red-team variants): an endorser names their own mailbox in a spelling a mail server
still delivers to them. 'alic\\e@members.example' holds a backslash outside quotes, which no standard allows but
Postfix's address parser reads as an escape, delivering to alice; 'alice%members.example@members.example' is the
"percent hack" (RFC 1123 section 5.2.16), which a relay that honours it delivers to alice@members.example. Each was
accepted as another person, and Alice could answer her own request. Both are read as the mailbox they reach."""

from __future__ import annotations

import pytest

from bot.outbound.addresses import same_mailbox
from bot.workflow.service import RequestError
from tests.workflow.test_self_endorsement import create
from tests.workflow.world import World


@pytest.mark.parametrize("candidate", [
    "alic\\e@members.example",
    "\\a\\l\\i\\c\\e@members.example",
    "alice%members.example@members.example",
    "alice%members.example@relay.example",
    "alice+cv%members.example@relay.example",
])
async def test_an_escaped_or_relayed_spelling_of_the_endorser_is_refused(world: World, candidate: str) -> None:
    with pytest.raises(RequestError, match="themselves"):
        await create(world, "alice@members.example", candidate)
    assert await world.outbound() == []


@pytest.mark.parametrize(("a", "b"), [
    ("alice@members.example", "bob%members.example@relay.example"),
    ("alice@members.example", "alic\\x@members.example"),
    ("100%real@members.example", "real@members.example"),
])
def test_other_mailboxes_stay_apart(a: str, b: str) -> None:
    assert not same_mailbox(a, b)
