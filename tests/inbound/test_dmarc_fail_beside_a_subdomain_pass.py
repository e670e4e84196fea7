"""Attack (issue 10 item 5, red-team variant): a pass for another subdomain beside our MTA's DMARC failure.

The member's domain publishes a strict DMARC policy (``adkim=s; aspf=s``): only mail signed by ``members.example``
itself is Alice's. An attacker who can send through any of its subdomains (a newsletter platform signing as
``news.members.example``, a compromised host) writes ``From: alice@members.example``; our MTA verifies the
subdomain's DKIM signature and SPF, and writes ``dkim=pass header.d=news.members.example; spf=pass ...;
dmarc=fail header.from=members.example``, DMARC last, as MTAs do. The bot read the results in order, and the
relaxed alignment of the DKIM pass (the same organizational domain) counted as proof before it reached the
DMARC failure: the candidate was mailed in Alice's name. The domain's own DMARC verdict decides now, wherever it
stands in the header: a failure is a refusal, as the README says.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bot.db.models import EndorsementRequest, Member
from bot.domain.reasons import Reason
from tests.workflow.world import ENDORSER, World

SECURITY = Path(__file__).resolve().parent.parent / "fixtures" / "security"


async def test_a_subdomain_pass_beside_a_dmarc_failure_is_refused_and_nobody_is_mailed(world: World) -> None:
    async with world.app.db.session() as session:
        session.add(Member(email=ENDORSER, name="Alice Member", created_at=world.clock.now()))
        await session.commit()

    row = await world.deliver(str(SECURITY / "forged_endorser_passing_dkim_for_a_subdomain_under_strict_dmarc.eml"))

    assert row.reason == Reason.SENDER_NOT_AUTHENTICATED
    assert "dmarc=fail" in row.reason_detail
    async with world.app.db.session() as session:
        assert list(await session.scalars(select(EndorsementRequest))) == []
    await world.app.outbox.flush()
    assert world.front.outside == {}
