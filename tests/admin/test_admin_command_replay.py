"""Issue 10 item 9: a signed admin address is bound to one request and an expiry, and a decided command is
not decided again.

The attacker holds a copy of an admin's email (a mailing-list archive, a forwarded thread). Re-sending it
with a fresh Message-ID must not extend a deadline again, an alert's address must not decide another
request, an old address must stop working, and no run of extensions may keep a request open for ever.
"""

from __future__ import annotations

from bot.domain.reasons import Reason
from tests.admin.helpers import ADMIN, admin_mail, body, needs_review, parse, signed_address
from tests.workflow.world import World


async def alert_address(world: World, request_id: int | None) -> str:
    alerts = [r for r in await world.outbound(kind="alert")
              if r.recipients == [ADMIN] and f"#{request_id}" in r.subject]
    return str(parse(alerts[0])["Reply-To"])


async def last_confirmation(world: World) -> str:
    return body((await world.outbound(kind="confirmation"))[-1])


async def test_an_alerts_address_cannot_decide_another_request(world: World) -> None:
    first = await needs_review(world, "gina@cand.example")
    second = await needs_review(world, "hugo@cand.example")
    address = await alert_address(world, first.id)
    await admin_mail(world, "admin_approves_from_gmail.eml", second, admin_reply_to=address)
    assert (await world.get(second.id)).status == "needs_review"
    assert f"for request #{first.id} only" in await last_confirmation(world)
    await admin_mail(world, "admin_approves_from_gmail.eml", first, admin_reply_to=address)
    assert (await world.get(first.id)).status == "passed"


async def test_an_expired_address_decides_nothing(world: World) -> None:
    request = await needs_review(world)
    address = await alert_address(world, request.id)
    world.advance(hours=world.app.settings.security.admin_address_valid_hours + 2)
    row = await admin_mail(world, "admin_approves_from_gmail.eml", request, admin_reply_to=address)
    assert row.reason == Reason.ADMIN_BAD_SIGNATURE and "expired" in row.reason_detail
    assert (await world.get(request.id)).status == "needs_review"


async def test_a_replayed_extension_with_a_fresh_message_id_extends_once(world: World) -> None:
    request = await world.request()
    deadline = request.deadline_at
    address = signed_address(world)
    for _ in range(3):  # each copy has a new Message-ID and so a new content hash
        await admin_mail(world, "admin_extends_a_deadline.eml", request, admin_reply_to=address, hours="24h")
    request = await world.get(request.id)
    assert request.deadline_at is not None and deadline is not None
    assert (request.deadline_at - deadline).total_seconds() == 24 * 3600
    assert "already done by an earlier email" in await last_confirmation(world)


async def test_a_replayed_resend_with_a_fresh_message_id_mails_the_candidate_once(world: World) -> None:
    """A captured "resend" re-sent over and over would mail the candidate over and over: the bot as a relay."""
    request = await world.request()
    address = signed_address(world)
    for _ in range(3):  # each copy has a new Message-ID
        await admin_mail(world, "admin_resends_a_request.eml", request, admin_reply_to=address)
    await world.app.outbox.flush()
    mailed = [r for r in await world.outbound(kind="request") if r.recipients == [request.candidate_email]]
    assert len(mailed) == 2  # the request, and the one resend the admin asked for
    assert "already done by an earlier email" in await last_confirmation(world)


async def test_extensions_together_stop_at_the_total_cap(world: World) -> None:
    request = await world.request()
    deadline = request.deadline_at
    cap = world.app.settings.security.max_total_extend_hours
    per_command = world.app.settings.admins.max_extend_hours
    for n in range(int(cap // per_command) + 1):  # fresh addresses: not a replay, a persistent admin
        await admin_mail(world, "admin_extends_a_deadline.eml", request,
                         admin_reply_to=signed_address(world, valid_hours=100 + n), hours=f"{per_command:g}h")
    request = await world.get(request.id)
    assert request.deadline_at is not None and deadline is not None
    assert (request.deadline_at - deadline).total_seconds() <= cap * 3600
    assert "all extensions together may add at most" in await last_confirmation(world)
