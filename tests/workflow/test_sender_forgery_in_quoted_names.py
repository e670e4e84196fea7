"""Attack (issue 10 item 6, red-team variants): the candidate's address in RFC 2047 words inside a quoted
display name or a comment of the attacker's From. Decoding the whole value and parsing it again (the check
for a name that decodes to another address) leaves the attacker's address alone there, so the message was
read as the attacker's, but with a display name, shown in the digest and by mail clients, that reads as the
candidate's address. Such a From is refused as ``encoded_sender`` like the unquoted one; an encoded name
that is only a name still counts.
"""

from __future__ import annotations

import base64
import binascii

import pytest

from bot.domain.reasons import Reason
from tests.workflow.world import World


def _b64(candidate: str) -> str:
    return base64.b64encode(candidate.encode()).decode()


def _q(candidate: str) -> str:
    return binascii.b2a_qp(candidate.encode(), header=True).decode().replace("@", "=40")


@pytest.mark.parametrize("fixture", [
    "mailsploit_address_in_quoted_encoded_display_name.eml",
    "mailsploit_address_in_encoded_comment.eml",
])
async def test_an_address_decoded_from_a_quoted_name_or_comment_is_refused(world: World, fixture: str) -> None:
    request = await world.request()
    email = request.candidate_email
    row = await world.deliver(fixture, request, candidate_b64=_b64(email), candidate_q=_q(email))

    assert row.reason == Reason.ENCODED_SENDER
    assert row.raw is not None
    assert (await world.get(request.id)).status == "sent"


async def test_the_candidate_with_an_encoded_name_is_still_judged(world: World) -> None:
    request = await world.request()

    row = await world.deliver("candidate_with_an_encoded_display_name.eml", request)

    assert row.reason is None
    assert (await world.get(request.id)).status != "sent"
