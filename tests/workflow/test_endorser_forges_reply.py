"""Issue 10 ("nor buy an endorsement"): the endorser cannot write the candidate's reply themselves.

The endorser receives the acknowledgement and, later, the outcome. If those emails' Message-IDs carried the
request's token, the endorser could answer "as the candidate" (From: is only a claim) with In-Reply-To set to
one of them, and the bot would judge it as the candidate's reply. Only mail to the candidate carries the token.
"""

from __future__ import annotations

import email
from pathlib import Path

from bot.domain.reasons import Reason
from tests.workflow.world import ENDORSER, World

SECURITY = Path(__file__).resolve().parent.parent / "fixtures" / "security"


async def test_a_reply_threaded_under_the_endorsers_acknowledgement_is_not_the_candidates(world: World) -> None:
    request = await world.request()
    await world.app.outbox.flush()
    [ack] = world.front.outside[ENDORSER]
    ack_mid = str(email.message_from_bytes(ack)["Message-ID"])
    assert request.token not in ack.decode("utf-8", "replace").lower()
    row = await world.deliver(str(SECURITY / "endorser_writes_the_candidates_reply.eml"), request, ack_mid=ack_mid)
    assert row.reason == Reason.NO_MATCHING_REQUEST
    assert (await world.get(request.id)).status == "sent"
