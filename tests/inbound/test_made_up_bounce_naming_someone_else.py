"""Attack (issue 10 item 7, hostile23's red team): the candidate closes their own request with a made-up bounce.

They hold the request's reply address and its Message-ID (the request mail is in their inbox). A report they send
from a spare mailbox whose delivery to the bot's mailbox wrote no Return-Path, with a mail daemon's From and a
delivery-status part naming someone else, closed the request as undeliverable: the 36-hour window was gone and the
endorser was told the address failed. A mail system's report about our request names the address we sent it to
(RFC 3464 Original-Recipient, or Final-Recipient), and when our MTA checked it (``[security]
trusted_authserv_ids``) it comes from the domain its From names. One naming only others is kept as
``bounce_for_another_recipient``, one whose From domain failed DMARC at our MTA as ``bounce_sender_refused``: the
admins are alerted (never a real report lost) and the request stays open. A report naming the candidate, also
through a forward that names the address it was sent on to as well, still closes the request.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.domain.reasons import Reason
from tests.workflow.world import World

SECURITY = Path(__file__).resolve().parent.parent / "fixtures" / "security"


@pytest.mark.parametrize(("fixture", "reason"), [
    ("candidate_bounces_their_own_request_naming_someone_else.eml", Reason.BOUNCE_FOR_ANOTHER_RECIPIENT),
    ("candidate_bounces_their_own_request_in_plain_text_naming_someone_else.eml",
     Reason.BOUNCE_FOR_ANOTHER_RECIPIENT),
    ("bounce_whose_from_domain_fails_dmarc.eml", Reason.BOUNCE_SENDER_REFUSED),
])
async def test_a_made_up_bounce_leaves_the_request_open_for_admins_to_see(world: World, fixture: str,
                                                                           reason: Reason) -> None:
    request = await world.request()

    row = await world.deliver(str(SECURITY / fixture), request)

    assert row.reason == reason and row.request_id == request.id
    assert row.raw  # kept, for an admin who finds the report genuine
    assert (await world.get(request.id)).status == "sent"
    assert await world.outbound(kind="undeliverable") == []
    alerts = await world.outbound(kind="alert")
    assert len(alerts) == 1 and request.candidate_email.encode() in alerts[0].data


async def test_a_forwarded_bounce_naming_the_candidate_as_its_original_recipient_counts(world: World) -> None:
    request = await world.request()

    row = await world.deliver(str(SECURITY / "bounce_forwarded_naming_the_original_and_the_final_recipient.eml"),
                              request)

    assert row.reason == Reason.BOUNCE and row.request_id == request.id
    assert (await world.get(request.id)).status == "undeliverable"
