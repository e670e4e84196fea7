"""LMTP mode under faults, with a real Postfix holding the mail: nothing lost, nothing judged twice.

- the daemon killed while Postfix waits for the answer to DATA: Postfix keeps the message, delivers it
  again after the restart, and it is judged once;
- the answer 250 lost after the commit (killed between the two): the second delivery is a quiet no-op;
- the database locked: 451, Postfix retries, the reply is judged once the database takes writes again;
- an email left in doubt by a kill, whose copy Postfix held: decided by that copy after the restart.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from bot.adapters.smtp import SmtpSender
from bot.clock import utc
from bot.db.models import Evaluation
from bot.ports import FetchedMessage, OutgoingEmail
from tests.e2e.harness import eventually
from tests.e2e.lmtp_harness import (
    LmtpDeployment,
    PostfixWorld,
    postfix_world,
    real_now_clock,
    running_postfix_world,
)

__all__ = ["postfix_world"]  # the fixture, for pytest


async def _evaluations(d: LmtpDeployment) -> list[Evaluation]:
    assert d.app
    async with d.app.db.session() as s:
        return list(await s.scalars(select(Evaluation).order_by(col(Evaluation.id))))


async def _maillog_says(d: LmtpDeployment, words: str) -> None:
    async def said() -> bool:
        return words in d.maillog()

    await eventually(said, f"Postfix logged {words!r}", timeout_s=60)


async def test_killed_while_postfix_waits_for_the_250_the_reply_is_judged_once_after_restart(
        postfix_world: PostfixWorld, tmp_path: Path) -> None:
    d = LmtpDeployment(postfix_world, tmp_path, real_now_clock())
    await d.start(gated=True)
    request = await d.request("gina@cand.example")
    assert d.gate
    d.gate.open.clear()
    await d.candidate_sends("good_reply_gmail.eml", request)

    async def judging() -> bool:
        assert d.gate
        return d.gate.waiting.is_set()

    await eventually(judging, "the reply is being judged, Postfix waiting for the 250")
    await d.crash()
    # Postfix never got an answer: it keeps the message and says it will try again.
    await _maillog_says(d, "lost connection with 127.0.0.1")
    assert await d.inbound() == [] and await _evaluations(d) == []

    await d.start()  # no gate now; the start-up flush has Postfix deliver it at once
    request = await d.wait_status(request, "passed")
    await d.wait_outbox_idle()
    [reply] = await d.inbound()
    assert reply.reason is None and reply.kind == "reply"
    assert len(await _evaluations(d)) == 1
    receipts = [o for o in await d.outbound() if o.kind == "receipt"]
    assert len(receipts) == 1
    await d.stop()


async def test_a_250_lost_after_the_commit_makes_the_second_delivery_a_quiet_no_op(
        postfix_world: PostfixWorld, tmp_path: Path) -> None:
    d = LmtpDeployment(postfix_world, tmp_path, real_now_clock())
    await d.start()
    request = await d.request("gina@cand.example")
    assert d.app
    processor = d.app.processor
    committed: list[Any] = []
    original = processor.handle

    async def commit_then_hang(message: FetchedMessage, **kwargs: Any) -> Any:
        row = await original(message, **kwargs)
        if row.kind == "reply":
            committed.append(row)
            await asyncio.Event().wait()  # the daemon dies here, before it can answer 250
        return row

    processor.handle = commit_then_hang  # type: ignore[method-assign]
    await d.candidate_sends("good_reply_gmail.eml", request)

    async def was_committed() -> bool:
        return bool(committed)

    await eventually(was_committed, "the reply committed, its 250 not yet sent")
    await d.crash()
    await _maillog_says(d, "lost connection with 127.0.0.1")

    await d.start()
    await d.wait_status(request, "passed")

    async def delivered_again() -> bool:
        return "status=sent (250 2.0.0 <" in d.maillog() and d.world.postfix.queued() == 0

    await eventually(delivered_again, "Postfix delivered it again and got its 250")
    await d.wait_outbox_idle()
    [reply] = await d.inbound()  # one row: the second delivery found the first
    assert reply.id == committed[0].id
    assert len(await _evaluations(d)) == 1
    assert len([o for o in await d.outbound() if o.kind == "receipt"]) == 1
    await d.stop()


async def test_a_locked_database_gets_451_and_the_reply_counts_once_it_is_free(
        postfix_world: PostfixWorld, tmp_path: Path) -> None:
    d = LmtpDeployment(postfix_world, tmp_path, real_now_clock())
    await d.start()
    request = await d.request("gina@cand.example")
    await d.wait_outbox_idle()
    # Another writer holds the database (the CLI in a long transaction, a backup): SQLite waits its
    # busy timeout, then the daemon cannot commit and must not say 250.
    # The daemon may be mid-commit (a copy, an acceptance): wait for our turn at the lock, as the CLI would.
    locker = sqlite3.connect(tmp_path / "bot.sqlite3", isolation_level=None, timeout=60)
    locker.execute("BEGIN IMMEDIATE")
    try:
        await d.candidate_sends("good_reply_gmail.eml", request)
        await _maillog_says(d, "451 4.3.0 Not committed, try again later")
        assert await d.inbound() == []
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    request = await d.wait_status(request, "passed")
    [reply] = await d.inbound()
    assert reply.reason is None
    assert len(await _evaluations(d)) == 1
    assert d.daemon and d.daemon.lmtp and d.daemon.lmtp.deferred >= 1
    await d.stop()


class _AcceptedThenKilled:
    """The real SMTP sender, except that a request email Postfix accepted never returns: the daemon is killed
    before it can record the answer, so the email is in doubt."""

    def __init__(self, inner: SmtpSender, accepted: asyncio.Event) -> None:
        self.inner = inner
        self.accepted = accepted

    async def __aenter__(self) -> _AcceptedThenKilled:
        await self.inner.__aenter__()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.inner.__aexit__(*exc)

    async def send(self, email: OutgoingEmail) -> None:
        await self.inner.send(email)
        if CANDIDATE in email.recipients:
            self.accepted.set()
            await asyncio.Event().wait()


CANDIDATE = "gina@cand.example"


async def test_an_email_in_doubt_is_decided_by_the_copy_postfix_held_while_the_daemon_was_down(
        tmp_path: Path) -> None:
    """Postfix here delivers over LMTP only when flushed (defer_transports), as when the daemon is down at the
    moment the copy would have come: only the daemon's flush_command at start-up brings the copy, and the
    email is then known as sent, never sent again."""
    async with running_postfix_world("defer_transports = lmtp\n") as world:
        d = LmtpDeployment(world, tmp_path, real_now_clock())
        d.settings = d.settings.replace(smtp={"in_doubt_settle_s": 5.0})
        accepted = asyncio.Event()
        await d.start(open_sender=lambda: _AcceptedThenKilled(SmtpSender(d.settings.smtp), accepted))
        assert d.app
        async with d.app.db.session() as s:
            request = await d.app.workflow.create_request(
                s, endorser_email="alice@members.example", candidate_email=CANDIDATE, candidate_name="Gina")
            await s.commit()
        d.app.outbox_dirty.set()

        async def postfix_took_it() -> bool:
            return accepted.is_set()

        await eventually(postfix_took_it, "Postfix accepted the request email")
        await d.crash()

        async def candidate_has_it() -> bool:
            return len(d.outside_mail(CANDIDATE)) == 1

        await eventually(candidate_has_it, "the candidate received the request")
        [row] = [o for o in await d.outbound() if o.kind == "request"]
        assert row.handed_at is not None and row.status != "sent"  # in doubt
        assert await d.copies() == []  # its copy waits in Postfix's queue

        await d.start()
        request = await d.wait_status(request, "sent")
        await d.wait_outbox_idle()
        [copy] = [c for c in await d.copies() if c.message_id == row.message_id]
        assert request.sent_at is not None and utc(request.sent_at) == utc(copy.received_at)
        assert len(d.outside_mail(CANDIDATE)) == 1  # decided by its copy: never sent twice
        await d.stop()
