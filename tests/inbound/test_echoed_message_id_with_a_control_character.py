"""Attack (issue 10 item 10, red-team variant): a Message-ID holding a control character, echoed into the headers
of mail we send. '<x\\0Bcc:victim@else.example>' has no white space, so the check on echoed ids (no "<", ">" or
white space) let it through, and the confirmation the bot mails the member about a request by email carried
'In-Reply-To: <x\\0Bcc:victim@else.example>': a NUL, which the composition check itself names as a character a
parser may take for the end of a line, written raw, the "Bcc:" after it on what such a parser reads as a line of its
own. Escape sequences, DEL, C1 controls and invisible characters went through the same way. RFC 5322's msg-id is
printable ASCII: an echoed id holding anything else is dropped."""

from __future__ import annotations

import pytest

from bot.outbound.compose import echoable_message_id
from tests.inbound.test_forged_endorser_requests import ENDORSER, add_member, fixture
from tests.workflow.world import World

CONTROLS = ["\x00", "\x01", "\x1b", "\x7f", "\x9b", "\u202e", "\u200b", "\ufeff"]


@pytest.mark.parametrize("char", CONTROLS)
async def test_the_confirmation_echoes_no_message_id_holding_a_control_character(world: World, char: str) -> None:
    await add_member(world)
    mid = f"<x{char}Bcc:victim@else.example>"
    await world.deliver(fixture("forged_endorser_with_a_control_character_in_its_message_id.eml"), None, mid=mid)
    await world.app.outbox.flush()
    [raw] = world.front.outside[ENDORSER]
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert b"victim" not in head and char.encode() not in head
    assert b"In-Reply-To" not in head and b"References" not in head


@pytest.mark.parametrize("char", CONTROLS)
def test_an_id_holding_a_control_character_is_never_echoed(char: str) -> None:
    assert echoable_message_id(f"<a{char}b@members.example>") is None


def test_a_plain_id_is_still_echoed() -> None:
    mid = "<CAF=x+y_z.1!#$%&'*/?^`{|}~-@mail.gmail.com>"
    assert echoable_message_id(mid) == mid
