"""The digest stays small whatever the load (issue 15 item 4): counts and the whole review queue, every
other list cut at [digest] list_rows with "and N more" and the command that lists the rest, and it goes
out through a real SMTP server (aiosmtpd refuses a line over 998 octets)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import insert

from bot.admin.digest import Digest, gather_digest
from bot.admin.digest_send import queue_digest
from bot.db.models import AuditEntry, EndorsementRequest, InboundMessage
from tests.admin.helpers import ADMIN, needs_review, parse
from tests.workflow.world import World

EXPIRING, UNDELIVERABLE, UNMATCHED = 3000, 400, 300
# Capped, the whole email (text + HTML + chart + one review case) stays within this bound however many
# rows there are; listing all 3,700 rows would not.
MAX_DIGEST_BYTES = 150_000


async def _a_heavy_morning(world: World) -> None:
    """Thousands of rows in the project's schema, inserted in bulk as a busy instance would hold them."""
    now = world.clock.now()
    async with world.app.db.session() as session:
        await session.execute(insert(EndorsementRequest), [
            {"endorser_email": "ada@end.test", "candidate_email": f"c{i}@cand.test", "token": f"{i:020d}",
             "status": "reminded" if i % 3 else "sent", "created_at": now, "sent_at": now,
             "deadline_at": now + timedelta(minutes=10 + i % 600), "reasons": [], "criteria": {}, "version": 0,
             "reminders_sent": 0, "origin": "cli", "endorser_name": "", "candidate_name": f"Candidate {i}"}
            for i in range(EXPIRING)])
        await session.execute(insert(EndorsementRequest), [
            {"endorser_email": "ada@end.test", "candidate_email": f"gone{i}@reject.test", "token": f"u{i:019d}",
             "status": "undeliverable", "created_at": now, "deadline_at": now + timedelta(hours=36),
             "reasons": [], "criteria": {}, "version": 1, "reminders_sent": 0, "origin": "cli",
             "endorser_name": "", "candidate_name": ""}
            for i in range(UNDELIVERABLE)])
        first_gone = EXPIRING + 2  # after the bulk requests and the one needing review
        await session.execute(insert(AuditEntry), [
            {"request_id": first_gone + i, "at": now, "actor": "bot", "action": "status", "from_status": "queued",
             "to_status": "undeliverable", "reason": "550 no such user", "detail": {"error": "550 no such user"}}
            for i in range(UNDELIVERABLE)])
        await session.execute(insert(InboundMessage), [
            {"mailbox": "INBOX", "uidvalidity": 1, "uid": 10_000 + i, "content_sha256": f"{i:064x}",
             "received_at": now, "from_addr": f"stranger{i}@else.test", "subject": "hello", "kind": "reply",
             "reason": "no_matching_request", "reason_detail": "", "handled_at": now}
            for i in range(UNMATCHED)])
        await session.commit()


async def _digest(world: World) -> Digest:
    async with world.app.db.session() as session:
        return await gather_digest(session, world.app.settings, world.clock.now())


async def test_thousands_of_expiring_requests_give_twenty_rows_and_the_count_of_the_rest(world: World) -> None:
    review = await needs_review(world)
    await _a_heavy_morning(world)
    digest = await _digest(world)
    rows = world.app.settings.digest.list_rows
    assert [c.request_id for c in digest.review] == [review.id]  # the review queue is never cut
    assert len(digest.expiring) == rows and digest.expiring_total == EXPIRING
    assert digest.expiring_rest.count == EXPIRING - rows
    assert digest.expiring_rest.commands == ("endorsebot list --status reminded --expiring-within 12h --limit 2000",
                                             "endorsebot list --status sent --expiring-within 12h --limit 1000")
    soonest = sorted(e.deadline_at for e in digest.expiring)
    assert [e.deadline_at for e in digest.expiring] == soonest and soonest[0] == world.clock.now() + timedelta(
        minutes=10)
    assert (len(digest.undeliverable), digest.undeliverable_rest.count) == (rows, UNDELIVERABLE - rows)
    assert digest.undeliverable_rest.commands == ("endorsebot list --status undeliverable",)
    assert (len(digest.unmatched), digest.unmatched_rest.count) == (rows, UNMATCHED - rows)


async def test_the_heavy_digest_stays_under_its_bound_says_and_n_more_and_is_accepted_by_smtp(world: World) -> None:
    await needs_review(world)
    await _a_heavy_morning(world)
    async with world.app.db.session() as session:
        await queue_digest(session, world.app.composer, world.app.settings, world.clock.now(), key="heavy")
        await session.commit()
    [row] = await world.outbound(kind="digest", recipients=[ADMIN])
    assert len(row.data) < MAX_DIGEST_BYTES
    message = parse(row)
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert text is not None and html is not None
    assert f"EXPIRING IN THE NEXT 12 HOURS ({EXPIRING})" in text.get_content()
    assert f"... and {EXPIRING - 20} more: endorsebot list --status reminded --expiring-within 12h --limit 2000" \
        in text.get_content()
    assert f"and {UNDELIVERABLE - 20} more: endorsebot list --status undeliverable" in text.get_content()
    assert f"&hellip; and {UNMATCHED - 20} more" in html.get_content()
    assert max(len(line) for line in row.data.split(b"\r\n")) <= 998
    await world.app.outbox.flush()
    delivered = [data for _, rcpts, data in world.front.accepted if ADMIN in rcpts]
    assert [d for d in delivered if b"endorsebot digest" in d], "the SMTP server did not take the digest"
