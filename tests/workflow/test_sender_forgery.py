"""A From that forges the candidate's address is refused by name before anything reads the reply
(issue 10 item 6, "Mailsploit": RFC 2047 words are decoded only in display names, after parsing)."""

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


@pytest.mark.parametrize(
    ("fixture", "reason"),
    [
        ("mailsploit_encoded_address.eml", Reason.ENCODED_SENDER),
        ("mailsploit_address_in_encoded_display_name.eml", Reason.ENCODED_SENDER),
        ("two_from_headers.eml", Reason.AMBIGUOUS_SENDER),
        ("several_mailboxes_in_from.eml", Reason.AMBIGUOUS_SENDER),
    ],
)
async def test_a_forged_from_is_refused_by_name_and_never_judged(world: World, fixture: str, reason: Reason) -> None:
    request = await world.request()
    email = request.candidate_email
    row = await world.deliver(fixture, request, candidate_b64=_b64(email), candidate_q=_q(email))
    assert row.reason == reason
    assert row.raw is not None  # kept for admins and audit
    assert (await world.get(request.id)).status == "sent"
