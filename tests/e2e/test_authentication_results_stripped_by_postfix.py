"""Issue 10 item 5 on a real MTA: the sender's own Authentication-Results headers bearing our authserv-id.

The operator's Postfix strips incoming headers that start with its authserv-id (header_checks, as an operator
without a milter that strips them would write it), so a forged "mx.bot.test; dmarc=pass" never reaches the
bot. A comment before the id ("(checked upstream) mx.bot.test; ...") passes that filter, and the bot read past
comments: that forgery was our MTA's dmarc=pass and the candidate was mailed on a stranger's word (red-team
variant). Both forgeries now leave the request held for the member's confirmation; the test also shows which
header the real Postfix let through."""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

from sqlmodel import col, select

from bot.db.models import EndorsementRequest, Member, OutboundMessage
from tests.e2e.harness import _smtp_send
from tests.e2e.lmtp_harness import LmtpDeployment, real_now_clock, running_postfix_world

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "security" / \
    "forged_request_through_our_mta_with_its_authserv_id.eml"
STRIP = r"/^Authentication-Results:[[:space:]]*mx\.bot\.test;/ IGNORE" + "\n"
_NONCE = itertools.count(1)


def forged(bot: str, candidate: str, who: str, keep_header: int) -> bytes:
    """The fixture with one of its two forged headers: 0, as our MTA writes its own; 1, after a comment."""
    lines = FIXTURE.read_text().splitlines(keepends=True)
    del lines[1 - keep_header]
    text = "".join(lines)
    for key, value in {"bot": bot, "candidate": candidate, "who": who, "nonce": str(next(_NONCE))}.items():
        text = text.replace("${" + key + "}", value)
    return text.replace("\n", "\r\n").encode()


async def test_forged_authentication_results_our_postfix_strips_or_lets_through_never_mail_the_candidate(
        tmp_path: Path) -> None:
    checks = tmp_path / "strip_authentication_results.regexp"
    checks.write_text(STRIP)
    async with running_postfix_world(f"header_checks = regexp:{checks}\n") as world:
        d = LmtpDeployment(world, tmp_path, real_now_clock())
        d.settings = d.settings.replace(security={"trusted_authserv_ids": ("mx.bot.test",),
                                                  "require_authenticated_endorsers": False})
        await d.start()
        try:
            assert d.app is not None
            async with d.app.db.session() as session:
                session.add(Member(email="alice@members.example", name="Alice Member", created_at=d.clock.now()))
                await session.commit()
            for keep, candidate in ((0, "carol@cand.example"), (1, "dave@cand.example")):
                raw = forged(d.bot, candidate, candidate.split("@")[0].title(), keep)
                await asyncio.to_thread(_smtp_send, world.postfix.port, "alice@members.example", d.bot, raw)
            # Postfix's queue manager delivers the two in either order: tell them apart by the candidate they name.
            arrived = await d.wait_inbound(2)
            stripped, passed = sorted(arrived, key=lambda r: b"dave@cand.example" in (r.raw or b""))
            assert stripped.raw is not None and b"carol@cand.example" in stripped.raw
            # What the real MTA did: the header as it writes its own was removed, the one after a comment was not.
            assert stripped.raw is not None and b"mx.bot.test; dmarc=pass" not in stripped.raw
            assert passed.raw is not None and b"(checked upstream) mx.bot.test; dmarc=pass" in passed.raw
            await d.wait_outbox_idle()
            async with d.app.db.session() as session:
                requests = list(await session.scalars(select(EndorsementRequest)))
                kinds = list(await session.scalars(select(col(OutboundMessage.kind))))
            assert sorted(r.status for r in requests) == ["requested", "requested"]
            assert "request" not in kinds and kinds.count("confirm_request") == 2
            assert d.outside_mail("carol@cand.example") == [] and d.outside_mail("dave@cand.example") == []
        finally:
            await d.stop()
