"""Attack (issue 10 item 6, red-team variant): a From address that holds the candidate's whole address.

'"gina@cand.example"@evil.example' is a valid mailbox at evil.example (a quoted local part may hold "@"), and
'gina@cand.example@evil.example', which no standard allows, is read by some parsers as that and by ours as
'@evil.example'. Each is drawn as the candidate's address followed by something a reader skims past, in every alert,
digest and review line, and was handled as an ordinary stranger's mail. No mail system writes an address inside a
local part, or a local part that is empty: both are refused by name (encoded_sender) before anything reads the
message, and the raw bytes are kept."""

from __future__ import annotations

import pytest

from bot.domain.reasons import Reason
from bot.mail.parse import parse_mail
from tests.workflow.world import World


@pytest.mark.parametrize("fixture", [
    "address_quoted_as_the_local_part_of_from.eml",
    "address_run_into_another_domain_in_from.eml",
    "address_quoted_with_a_display_name_in_from.eml",
])
async def test_a_from_address_holding_the_candidates_address_is_refused_by_name(world: World, fixture: str) -> None:
    request = await world.request()
    row = await world.deliver(fixture, request)
    assert row.reason == Reason.ENCODED_SENDER
    assert row.raw is not None  # kept for admins and audit
    assert (await world.get(request.id)).status == "sent"


@pytest.mark.parametrize("sender", ['"gina.m"@cand.example', '"gina smith"@cand.example', "o'brien@cand.example"])
def test_an_ordinary_quoted_or_unusual_local_part_is_no_trick(sender: str) -> None:
    raw = f"From: {sender}\r\nTo: bot@bot.test\r\nSubject: hi\r\n\r\nhello\r\n".encode()
    assert parse_mail(raw).refusal is None
