"""Attack (issue 10 items 10 and 13, red-team variant): a member's request mail names the candidate with an
ESC sequence, a C1 control or a bidi isolate inside the name ("endorse Carol<ESC>]0;pwned<BEL> Candidate
<carol@...>").

The name, read from the capitalised words before the address, was stored as it was and written into the
Subject of the acknowledgement and outcome mails, the candidate's mails, the digest, and the CLI's views. The
request is now refused as ``unprintable_name``: no request row, nobody mailed, the message kept for admins.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.models import EndorsementRequest, Member
from bot.domain.reasons import Reason
from tests.workflow.world import ENDORSER, World

SECURITY = Path(__file__).resolve().parent.parent / "fixtures" / "security"


@pytest.mark.parametrize("fixture", [
    "endorser_names_a_candidate_with_an_escape_sequence.eml",
    "endorser_names_a_candidate_with_a_c1_control.eml",
    "endorser_names_a_candidate_with_a_bidi_isolate.eml",
])
async def test_a_requested_name_with_control_or_bidi_characters_is_refused(world: World, fixture: str) -> None:
    async with world.app.db.session() as session:
        session.add(Member(email=ENDORSER, name="Alice Member", created_at=world.clock.now()))
        await session.commit()

    row = await world.deliver(str(SECURITY / fixture))

    assert row.reason == Reason.UNPRINTABLE_NAME and "candidate name" in row.reason_detail
    async with world.app.db.session() as session:
        assert list(await session.scalars(select(EndorsementRequest))) == []
    await world.app.outbox.flush()
    assert world.front.outside == {}
