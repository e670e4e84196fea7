"""Issue 10 item 4 for admin commands: mail nothing authenticates waits for the admin's own confirmation.

The attacker knows an admin's address and one of their signed reply addresses (a forwarded digest leaks
it). They write ``From: ada@admin.test`` with "approve 12". No trusted header or DKIM signature proves it,
so nothing is done: the commands wait, and Ada's own mailbox gets a one-time address that applies them.
"""

from __future__ import annotations

from bot.domain.reasons import Reason
from tests.admin.helpers import ADMIN, OTHER_ADMIN, admin_mail, body, needs_review, parse
from tests.workflow.world import World


async def held_commands(world: World) -> tuple[int | None, str]:
    """A forged "approve" without proof; returns the request id and the confirmation address sent to Ada."""
    request = await needs_review(world)
    row = await admin_mail(world, "admin_mail_without_authentication_results.eml", request)
    assert row.reason == Reason.ADMIN_AWAITING_CONFIRMATION
    [mail] = await world.outbound(kind="confirmation")
    assert mail.recipients == [ADMIN]
    return request.id, str(parse(mail)["Reply-To"])


async def test_a_forged_admin_approval_does_nothing_until_the_admin_confirms_it(world: World) -> None:
    request_id, confirm_to = await held_commands(world)
    assert (await world.get(request_id)).status == "needs_review"
    assert "+acf-" in confirm_to
    [mail] = await world.outbound(kind="confirmation")
    assert "NOTHING was done yet" in body(mail) and f"approve {request_id}" in body(mail)
    row = await admin_mail(world, "admin_confirms_held_commands.eml", confirm_to=confirm_to, confirmer=ADMIN)
    assert row.reason is None
    assert (await world.get(request_id)).status == "passed"


async def test_another_admin_cannot_confirm_commands_held_for_ada(world: World) -> None:
    request_id, confirm_to = await held_commands(world)
    row = await admin_mail(world, "admin_confirms_held_commands.eml", confirm_to=confirm_to, confirmer=OTHER_ADMIN)
    assert row.reason == Reason.ADMIN_BAD_SIGNATURE
    assert (await world.get(request_id)).status == "needs_review"


async def test_a_guessed_confirmation_address_applies_nothing(world: World) -> None:
    request_id, confirm_to = await held_commands(world)
    guessed = confirm_to.split("-", 2)[0] + "-" + confirm_to.split("-")[1] + "-" + "a" * 26 + "@bot.test"
    row = await admin_mail(world, "admin_confirms_held_commands.eml", confirm_to=guessed, confirmer=ADMIN)
    assert row.reason == Reason.ADMIN_BAD_SIGNATURE
    assert (await world.get(request_id)).status == "needs_review"


async def test_a_replayed_confirmation_applies_the_commands_once(world: World) -> None:
    request_id, confirm_to = await held_commands(world)
    await admin_mail(world, "admin_confirms_held_commands.eml", confirm_to=confirm_to, confirmer=ADMIN)
    again = await admin_mail(world, "admin_confirms_held_commands.eml", confirm_to=confirm_to, confirmer=ADMIN)
    assert again.reason == Reason.CONFIRMATION_USED
    approvals = [a for a in await world.audit(request_id) if a.action == "review:approve"]
    assert len(approvals) == 1


async def test_a_confirmation_after_it_lapsed_applies_nothing(world: World) -> None:
    request_id, confirm_to = await held_commands(world)
    world.advance(hours=world.app.settings.security.confirmation_valid_hours + 1)
    row = await admin_mail(world, "admin_confirms_held_commands.eml", confirm_to=confirm_to, confirmer=ADMIN)
    assert row.reason == Reason.CONFIRMATION_EXPIRED
    assert (await world.get(request_id)).status == "needs_review"
