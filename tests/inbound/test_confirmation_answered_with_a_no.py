"""Attack (issue 10 item 4, red-team variant): the forged sender's victim answers the confirmation with a "no".

With the round-trip (the operator's opt-in for members, always for admins), a forged request or command waits
for an answer to a one-time address in the real person's mailbox, and "any text will do": the natural answer of
a member whose address was forged, "No, that was not me! I never asked for this", mailed the candidate, and an
admin's "I never sent these commands. Do not approve anything!" approved the forged request (an endorsement
bought with one forged email and the victim's own denial). Only an answer that starts with a yes and holds no no
(bot/inbound/confirmation_words.toml) confirms now (tests/admin/test_admin_confirmation_answered_with_a_no.py
for admins); anything else is refused as confirmation_not_yes, and the request or commands stay held, so a yes may
still follow until they lapse."""

from __future__ import annotations

import pytest

from bot.domain.reasons import Reason
from bot.inbound.confirmation import says_yes
from tests.inbound.test_forged_endorser_requests import (
    add_member,
    candidate_mailed,
    confirm,
    confirmation_mail,
    fixture,
    requests,
)
from tests.workflow.world import World


@pytest.mark.parametrize("answer", [
    "endorser_answers_the_confirmation_that_it_was_not_them.eml",
    "endorser_asks_what_the_confirmation_is_about.eml",
    "endorser_answers_yes_but_it_was_not_them.eml",
])
async def test_a_member_answering_the_confirmation_with_a_no_mails_nobody(world: World, answer: str) -> None:
    await add_member(world)
    await world.deliver(fixture("forged_endorser_without_authentication.eml"), None)
    mail = await confirmation_mail(world)
    row = await confirm(world, mail, answer)
    assert row.reason == Reason.CONFIRMATION_NOT_YES
    assert not await candidate_mailed(world)
    [request] = await requests(world)
    assert request.status == "requested"
    # Still held: the member who did ask may still say yes.
    yes = await confirm(world, mail)
    assert yes.reason is None and await candidate_mailed(world)


@pytest.mark.parametrize("text", ["Yes", "yes, that was me.", "OK, go ahead", "Confirmed", "Ja, bitte.",
                                  "Oui, c'est bien moi.", "Sí, adelante", "はい、お願いします。", "Yes\n\n> quoted",
                                  "Yes, go ahead.\n\nAlice Member\nNo. 5 Main Street"])
def test_a_yes_confirms(text: str) -> None:
    assert says_yes(text)


@pytest.mark.parametrize("text", ["", "No", "Nope.", "Yes I did not", "Yes, but don't contact him",
                                  "Who is this?", "Nein, das war ich nicht.", "Non, ce n'est pas moi",
                                  "Yes? What is this, it wasn't me", "いいえ", "Sure, not a problem... wait, NO",
                                  "Yes\nI never asked for this"])
def test_anything_else_does_not(text: str) -> None:
    assert not says_yes(text)
