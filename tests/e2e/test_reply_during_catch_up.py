"""A reply that arrives while the daemon catches up on a backlog of deadlines is judged meanwhile (issue 15).

On real Dovecot: the daemon comes back after an outage to a thousand requests past their deadline. Its
start-up sweep expires them in batches, each its own short transaction, beside the inbox watcher and
the outbox. The sweep is held after its first batch (a test hook) until the candidate's reply, sent
then, has been judged and the first batch's emails have left: on one transaction for the whole sweep
the reply would wait for SQLite's write lock ("database is locked") and the outbox for the sweep's end.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from bot.app import App, build_app
from bot.daemon import Daemon
from bot.db.engine import Database
from bot.db.models import EndorsementRequest, OutboundMessage
from tests.db.bulk import Shape, build
from tests.e2e.harness import Deployment, clock_hours_ago, eventually

WINDOW_H = 36.0
OVERDUE = 1_200  # three batches of expiries


async def test_a_reply_during_the_catch_up_sweep_is_judged_and_mail_leaves(
        mail_servers: object, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    d = Deployment(mail_servers, tmp_path, clock_hours_ago(WINDOW_H - 0.1))
    await d.start()
    request = await d.request("gina.backlog@cand.example")
    await d.crash()
    d.catch_up_with_the_server()
    backlog = Database(d.settings.database.url)
    await build(backlog, Shape(OVERDUE, expiry_due=1.0, history=0), d.clock.now(), first_id=1_000)
    await backlog.close()

    app, daemon, stop, running = await _start_without_waiting(d)
    held, release = asyncio.Event(), asyncio.Event()

    async def hold_after_first_batch() -> None:
        # The first batch of expiries (a reminder due for the candidate comes in a batch of its own first).
        if not held.is_set() and await _count_status(d, "expired"):
            held.set()
            await release.wait()

    app.workflow.after_batch = hold_after_first_batch
    caplog.set_level(logging.WARNING)
    try:
        await eventually(lambda: _is_set(held), "the catch-up sweep's first batch of expiries committed")
        await d.candidate_sends("good_reply_gmail.eml", request)
        judged = await d.wait_status(request, "passed")
        await eventually(lambda: _expiry_mail_sent(d), "an expiry email sent while the catch-up is held")
        assert not daemon.started.is_set()  # all of it while the catch-up sweep was under way
        release.set()
        await eventually(lambda: _is_set(daemon.started), "catch-up finished", timeout_s=120)
        assert await _count_status(d, "expired") == OVERDUE
    finally:
        release.set()
        stop.set()
        await asyncio.wait_for(running, 120)
        await app.close()
    assert judged.status == "passed"
    assert [(m.kind, m.reason) for m in await d.inbound()] == [("reply", None)]  # judged, never quarantined
    assert "database is locked" not in caplog.text


async def _start_without_waiting(d: Deployment) -> tuple[App, Daemon, asyncio.Event, asyncio.Task[None]]:
    """Deployment.start waits for the catch-up to end; this test holds it, so it starts the daemon itself."""
    app = build_app(d.settings, clock=d.clock)
    daemon = Daemon(app)
    stop = asyncio.Event()
    d.app, d.daemon = app, daemon
    return app, daemon, stop, asyncio.create_task(daemon.run(stop))


async def _is_set(event: asyncio.Event) -> bool:
    return event.is_set()


async def _expiry_mail_sent(d: Deployment) -> bool:
    assert d.app is not None
    async with d.app.db.session() as s:
        return await s.scalar(select(col(OutboundMessage.id)).where(col(OutboundMessage.kind) == "closed")
                              .where(col(OutboundMessage.status) == "sent").limit(1)) is not None


async def _count_status(d: Deployment, status: str) -> int:
    assert d.app is not None
    async with d.app.db.session() as s:
        return int(await s.scalar(select(func.count()).select_from(EndorsementRequest)
                                  .where(col(EndorsementRequest.status) == status)) or 0)

