"""Attack (issue 10 item 4, red-team variant): an admin answers the confirmation of commands they never sent with a
"no" ("I never sent these commands. Do not approve anything!"), and "any text will do" applied them: the forged
approval passed the request. Only a yes applies held commands now (tests/inbound/test_confirmation_answered_with_a_no.py
has the member's side and the words)."""

from __future__ import annotations

from bot.domain.reasons import Reason
from tests.admin.helpers import ADMIN, admin_mail
from tests.admin.test_admin_confirmation import held_commands
from tests.workflow.world import World


async def test_an_admin_answering_held_commands_with_a_no_applies_nothing(world: World) -> None:
    request_id, confirm_to = await held_commands(world)
    row = await admin_mail(world, "admin_answers_held_commands_that_it_was_not_them.eml", confirm_to=confirm_to,
                           confirmer=ADMIN)
    assert row.reason == Reason.CONFIRMATION_NOT_YES
    assert (await world.get(request_id)).status == "needs_review"
    row = await admin_mail(world, "admin_confirms_held_commands.eml", confirm_to=confirm_to, confirmer=ADMIN)
    assert row.reason is None and (await world.get(request_id)).status == "passed"
