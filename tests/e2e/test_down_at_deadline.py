"""On time whatever the daemon did (issue 12, item 4), on real Dovecot.

"On time" is when the answer reached the bot's mailbox (INTERNALDATE). A daemon that was down at the
deadline reads its mailbox before its expiry sweep may act; an answer read after an expiry anyway
(another instance expired it first) reopens the request, audited.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from bot.db.models import AuditEntry
from tests.e2e.harness import Deployment, clock_hours_ago

WINDOW_H = 36.0


async def test_down_at_the_deadline_with_an_on_time_answer_waiting_the_answer_passes(mail_servers: object,
                                                                                     tmp_path: Path) -> None:
    # Sent 35.9 h "ago": the deadline is six minutes from now on the server's clock.
    d = Deployment(mail_servers, tmp_path, clock_hours_ago(WINDOW_H - 0.1))
    await d.start()
    request = await d.request("gina.down@cand.example")
    await d.crash()

    d.catch_up_with_the_server()
    await d.candidate_sends("good_reply_gmail.eml", request)  # received now: before the deadline
    d.advance(hours=2)  # the daemon comes back two hours after the deadline

    await d.start()
    request = await d.wait_status(request, "passed")
    await d.stop()
    assert [r.reason for r in await d.inbound()] == [None]
    assert "expired" not in [a.to_status for a in await _audit(d, request.id)]


async def test_an_on_time_answer_read_after_the_expiry_reopens_the_request(mail_servers: object,
                                                                            tmp_path: Path) -> None:
    d = Deployment(mail_servers, tmp_path, clock_hours_ago(WINDOW_H - 0.1))
    await d.start()
    request = await d.request("gina.reopen@cand.example")
    await d.crash()
    d.catch_up_with_the_server()
    await d.candidate_sends("good_reply_gmail.eml", request)  # on time, and nobody reads it yet

    # Another process expires the request before any watcher has read the answer.
    d.advance(hours=2)
    from bot.app import build_app

    other = build_app(d.settings, clock=d.clock)
    assert await other.workflow.expire_overdue() == 1  # no watcher: nothing tells it an answer waits
    await other.close()
    assert (await d.get(request.id)).status == "expired"

    await d.start()
    request = await d.wait_status(request, "passed")
    await d.wait_outbox_idle()
    await d.stop()
    moves = [(a.from_status, a.to_status, a.actor) for a in await _audit(d, request.id)]
    assert ("expired", "sent", "inbound:on-time-reply") in moves
    outcomes = [o.dedupe_key for o in await d.outbound() if o.kind == "outcome"]
    assert outcomes == [f"outcome:{request.id}:expired", f"outcome:{request.id}"]  # told, then told the truth
    assert request.deadline_at is not None and request.sent_at is not None
    assert request.deadline_at - request.sent_at == timedelta(hours=WINDOW_H)


async def _audit(d: Deployment, request_id: int | None) -> list[AuditEntry]:
    assert d.app
    async with d.app.db.session() as s:
        return list(await s.scalars(select(AuditEntry).where(col(AuditEntry.request_id) == request_id)
                                    .order_by(col(AuditEntry.id))))
