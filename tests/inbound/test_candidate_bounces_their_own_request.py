"""Attack (issue 10 item 7, red-team variant): the candidate bounces their own request.

A bounce counts when it reaches the request's own (VERP) address or quotes the Message-ID of the request we
sent (tests/inbound/test_forged_bounces.py), which keeps strangers out, but the candidate holds both: the
request mail in their inbox carries its reply address and its Message-ID. A delivery report they write (from
their own address, or with a mail daemon's From over their own envelope, or from a spare mailbox) closed the
request as undeliverable: the 36-hour window was gone, the endorser was told the address failed and may ask
again, once the candidate has prepared. A mail system sends its reports with a null reverse path (RFC 5321
4.5.5, RFC 3464 section 2) and a mailbox that writes one has not failed: such a report is now kept for admins
as ``bounce_from_a_mailbox``, an alert names it, and the request stays open.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.domain.reasons import Reason
from tests.workflow.world import World

SECURITY = Path(__file__).resolve().parent.parent / "fixtures" / "security"


@pytest.mark.parametrize("fixture", [
    "candidate_bounces_their_own_request_from_their_address.eml",
    "candidate_bounces_their_own_request_as_a_mailer_daemon.eml",  # their envelope, a forged <> below it
    "candidate_bounces_their_own_request_from_another_mailbox.eml",  # to the plain address, quoting our id
    # No Return-Path where the bot reads its mail: our MTA's trusted header records the mailbox's envelope sender
    # (hostile23's red team).
    "candidate_bounces_their_own_request_from_a_spare_mailbox_with_no_return_path.eml",
])
async def test_a_bounce_the_candidate_writes_leaves_the_request_open(world: World, fixture: str) -> None:
    request = await world.request()

    row = await world.deliver(str(SECURITY / fixture), request)

    assert row.reason == Reason.BOUNCE_FROM_A_MAILBOX and row.request_id == request.id
    assert (await world.get(request.id)).status == "sent"
    assert await world.outbound(kind="undeliverable") == []
    alerts = await world.outbound(kind="alert")
    assert len(alerts) == 1 and request.candidate_email.encode() in alerts[0].data


@pytest.mark.parametrize("fixture", [
    "bounce_with_a_null_return_path.eml",
    "bounce_delivered_by_sendmail_with_mailer_daemon_as_its_return_path.eml",
    # No Return-Path, and the postmaster@HELO identity SPF checks for a null sender (RFC 7208 section 2.4).
    "bounce_with_no_return_path_and_a_null_sender_our_mta_checked.eml",
])
async def test_a_mail_systems_report_with_a_null_reverse_path_still_counts(world: World, fixture: str) -> None:
    request = await world.request()

    row = await world.deliver(str(SECURITY / fixture), request)

    assert row.reason == Reason.BOUNCE and row.request_id == request.id
    assert (await world.get(request.id)).status == "undeliverable"
