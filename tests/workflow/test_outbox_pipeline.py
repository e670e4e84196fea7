"""The outbox's flush: the connection never waits for the database, yet every row's handed_at is
committed before the server can take it, acceptances are committed in groups, and rows handed ahead
that never went out are given back (issue 15 item 2; issue 12 item 1)."""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import default
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

import bot.outbound.flush
from bot.app import build_app
from bot.clock import FakeClock
from bot.db.models import OutboundMessage
from bot.sandbox.smtp import SmtpFront
from tests.workflow.world import BOT, World, world_settings

REQUESTS = 60  # each leads to two emails: the request, then the endorser's acknowledgement


async def _world(tmp_path: Path, seen: list[tuple[str, str, bool]]) -> World:
    """A world whose SMTP server, as it takes each email (the bot's copy is delivered before the
    server answers), reads the email's row from the database through a connection of its own."""
    holder: list[World] = []

    async def deliver(_sender: str, rcpt: str, data: bytes) -> None:
        if rcpt != BOT:
            return
        message_id = str(BytesParser(policy=default).parsebytes(data, headersonly=True)["Message-ID"])
        async with holder[0].app.db.session() as s:
            row = await s.scalar(select(OutboundMessage).where(col(OutboundMessage.message_id) == message_id))
        assert row is not None
        seen.append((message_id, row.status, row.handed_at is not None))

    front = SmtpFront(deliver=deliver, local_domains=frozenset({"bot.test", "admin.test"}))
    port = await front.start()
    clock = FakeClock()
    app = build_app(world_settings(tmp_path / "bot.sqlite3", port), clock=clock)
    await app.db.create_schema()
    holder.append(World(app, clock, front))
    return holder[0]


async def test_each_email_is_recorded_as_handed_before_the_server_takes_it_and_acceptances_commit_in_groups(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Commits driven by counts alone (a full group, rows to hand), never by the clock.
    monkeypatch.setattr(bot.outbound.flush, "GROUP_WAIT_S", 3600.0)
    seen: list[tuple[str, str, bool]] = []
    world = await _world(tmp_path, seen)
    try:
        for n in range(REQUESTS):
            await world.request(f"c{n}@cand.example", send=False)
        commits = world.app.outbox.commits
        sent = await world.app.outbox.flush()
        commits = world.app.outbox.commits - commits
        assert sent == 2 * REQUESTS  # the acknowledgements queued by the acceptances went out in the same flush
        assert len(seen) == sent and len({mid for mid, _, _ in seen}) == sent
        # Committed as handed, and not yet as sent, while the server held each one.
        assert all(status == "sending" and handed for _, status, handed in seen)
        assert all(row.status == "sent" and row.handed_at is None for row in await world.outbound())
        # A commit is due when fewer than HAND_AHEAD rows are handed or a group is full, and each tops
        # the handed rows up again: about one commit per group, not one per few emails.
        assert commits * bot.outbound.flush.GROUP <= sent * 2, f"{commits} commits for {sent} emails"
    finally:
        await world.app.close()
        await world.front.stop()


async def test_rows_handed_ahead_are_given_back_when_the_server_refuses_for_now(tmp_path: Path) -> None:
    seen: list[tuple[str, str, bool]] = []
    world = await _world(tmp_path, seen)
    try:
        for n in range(5):
            await world.request(f"c{n}@cand.example", send=False)
        world.front.fail_next(1, code=451, text="greylisted")
        assert await world.app.outbox.flush() == 0
        rows = await world.outbound()
        # Nothing went out, so nothing is in doubt: every row waits for its next attempt, handed_at cleared.
        assert [(r.status, r.handed_at, r.attempts) for r in rows] == [("pending", None, 1)] * 5
        assert "451" in rows[0].last_error
        world.advance(seconds=world.app.settings.smtp.retry_base_s + 1)
        assert await world.app.outbox.flush() == 10
        assert all(status == "sending" and handed for _, status, handed in seen)
    finally:
        await world.app.close()
        await world.front.stop()
