"""The outbox: every email is a row first, then sent by one reused SMTP connection per batch.

Rules that keep mail from going out twice or never:
- one row per logical email (``dedupe_key`` is unique), its Message-ID fixed before the first try;
- a row is claimed with a lease by a conditional UPDATE, so two instances never send the same row;
- the row is marked sent in the same transaction that records what the acceptance means
  (e.g. the request's deadline), right after the server accepted it. Marks are group-committed:
  while one commit is in flight the next acceptances queue and share the following commit, so
  a commit never holds up the wire and a crash can repeat at most the few messages in between
  (with the same Message-ID, so receivers can tell);
- transient failures back off exponentially; permanent ones (or too many attempts) mark it failed.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import ColumnElement, Table, bindparam, insert, or_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.clock import Clock
from bot.db.engine import Database
from bot.db.models import OutboundMessage
from bot.ports import CredentialsRefused, MailSender, OutgoingEmail, PermanentError, TransientError
from bot.settings import SmtpSettings

log = logging.getLogger("endorsebot.outbox")

LEASE = timedelta(minutes=5)
_OUTBOUND_TABLE: Table = OutboundMessage.__table__  # type: ignore[attr-defined]  # SQLModel leaves it untyped
# Built once: every group of acceptances runs it, and building it cost as much as running it.
_MARK_SENT = (
    update(_OUTBOUND_TABLE).where(_OUTBOUND_TABLE.c.id == bindparam("row_id"))
    .values(status="sent", sent_at=bindparam("accepted_at"), last_error="", claimed_until=None)
)


class OutboxHooks(Protocol):
    """What a sent or failed row means for the rest of the domain; runs inside the marking transaction."""

    async def on_sent(self, session: AsyncSession, row: OutboundMessage, accepted_at: datetime) -> None: ...

    async def on_failed(self, session: AsyncSession, row: OutboundMessage, error: str) -> None: ...


class NoHooks:
    async def on_sent(self, session: AsyncSession, row: OutboundMessage, accepted_at: datetime) -> None:
        return None

    async def on_failed(self, session: AsyncSession, row: OutboundMessage, error: str) -> None:
        return None


async def enqueue(session: AsyncSession, row: OutboundMessage) -> OutboundMessage | None:
    """Add a row in the caller's transaction; None if this logical email was already queued."""
    existing = await session.scalar(
        select(col(OutboundMessage.id)).where(col(OutboundMessage.dedupe_key) == row.dedupe_key))
    if existing is not None:
        return None
    session.add(row)
    await session.flush()  # callers read row.id
    return row


async def enqueue_many(session: AsyncSession, rows: Sequence[OutboundMessage]) -> None:
    """Add rows the caller alone may queue (it won their requests' compare-and-set) in one statement.

    No look-up first and no ORM bookkeeping: a sweep of thousands of reminders spent most of its
    time there. The unique dedupe key still refuses a second copy at commit."""
    if rows:
        await session.execute(insert(_OUTBOUND_TABLE), [row.model_dump(exclude={"id"}) for row in rows])


class Outbox:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: SmtpSettings,
        open_sender: Callable[[], MailSender],
        hooks: OutboxHooks | None = None,
        *,
        instance: str | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings
        self.open_sender = open_sender
        self.hooks: OutboxHooks = hooks or NoHooks()
        self.instance = instance or secrets.token_hex(4)

    async def flush(self, limit: int | None = None) -> int:
        """Send every due row over one SMTP connection, a claimed batch at a time; return how many
        the server accepted. Rows queued while flushing (an ack after a request) go out too."""
        batch = await self._claim(self._batch_size(limit, 0))
        if not batch:
            return 0
        # One session records every outcome of this flush: a commit per group of acceptances, no pool round trips.
        async with self.db.session() as ledger:
            marks = _GroupCommit(lambda accepted: self._mark_sent(accepted, ledger))
            sent = 0
            try:
                async with self.open_sender() as sender:
                    while batch:
                        for row in batch:
                            sent += await self._send_one(sender, row, ledger, marks)
                        await marks.drain()
                        if limit is not None and sent >= limit:
                            break
                        batch = await self._claim(self._batch_size(limit, sent))
            except TransientError as exc:
                await marks.drain()
                # The connection itself failed: every claimed row not yet sent waits for its next attempt.
                for row in batch:
                    if row.status == "sending":
                        await self._retry_later(row, str(exc), ledger)
            except CredentialsRefused:
                await marks.drain()
                # Our own login was refused before anything went out: no row is at fault, so the unsent
                # ones are handed back as they were (this attempt not counted) and the daemon stops loudly.
                for row in batch:
                    if row.status == "sending":
                        await self._record(ledger, row, status="pending", attempts=row.attempts - 1)
                await ledger.commit()
                raise
            finally:
                await marks.drain()
        return sent

    def _batch_size(self, limit: int | None, sent: int) -> int:
        return self.settings.batch_size if limit is None else min(self.settings.batch_size, limit - sent)

    async def _claim(self, size: int) -> list[OutboundMessage]:
        """Up to ``size`` due rows, leased to this instance: another instance skips them until the
        lease ends (a crash mid-send leaves them for whoever comes next)."""
        now = self.clock.now()
        async with self.db.session() as session:
            ids = await self._due_ids(session, now, size)
            return await self._take(session, ids, now) if ids else []

    async def _due_ids(self, session: AsyncSession, now: datetime, size: int) -> list[int]:
        return list(await session.scalars(
            select(col(OutboundMessage.id)).where(col(OutboundMessage.next_attempt_at) <= now)
            .where(_claimable(now)).order_by(col(OutboundMessage.id)).limit(size)))

    async def _take(self, session: AsyncSession, ids: list[int], now: datetime) -> list[OutboundMessage]:
        """Lease the rows among ``ids`` that are still claimable. The condition is checked again in
        the UPDATE itself, so of two instances that saw the same due rows, one gets each row."""
        claim = f"{self.instance}:{secrets.token_hex(4)}"
        await session.execute(
            update(OutboundMessage).where(col(OutboundMessage.id).in_(ids)).where(_claimable(now))
            .values(status="sending", claimed_by=claim, claimed_until=now + LEASE,
                    attempts=OutboundMessage.attempts + 1)
        )
        await session.commit()
        rows = await session.scalars(
            select(OutboundMessage).where(col(OutboundMessage.claimed_by) == claim).order_by(col(OutboundMessage.id)))
        return list(rows)

    async def _send_one(self, sender: MailSender, row: OutboundMessage, ledger: AsyncSession,
                        marks: _GroupCommit) -> int:
        email = OutgoingEmail(row.message_id, row.envelope_from, tuple(row.recipients), row.data)
        try:
            await sender.send(email)
        except CredentialsRefused:
            raise
        except PermanentError as exc:
            await marks.drain()
            await self._give_up(row, str(exc), ledger)
            return 0
        except TransientError as exc:
            await marks.drain()
            await self._retry_later(row, str(exc), ledger)
            raise
        # Committing this acceptance overlaps the next messages' SMTP exchanges; everything else that
        # uses the ledger waits for the marks in flight first.
        marks.add(_Accepted(row, self.clock.now()))
        return 1

    async def _record(self, ledger: AsyncSession, row: OutboundMessage, **values: object) -> None:
        await ledger.execute(
            update(OutboundMessage).where(col(OutboundMessage.id) == row.id)
            .values(claimed_until=None, **values)
            .execution_options(synchronize_session=False)
        )
        for key, value in values.items():
            setattr(row, key, value)

    async def _mark_sent(self, accepted: list[_Accepted], ledger: AsyncSession) -> None:
        # The acceptances and what they mean (a request's deadline) are committed together or not at
        # all. One executemany UPDATE on the table, not the ORM's per-row bulk path: a sweep of
        # thousands of reminders spent most of its time there.
        await ledger.execute(_MARK_SENT, [{"row_id": a.row.id, "accepted_at": a.at} for a in accepted])
        for a in accepted:
            a.row.status, a.row.sent_at = "sent", a.at  # what the rest of this flush reads of the row
            await self.hooks.on_sent(ledger, a.row, a.at)
        await ledger.commit()
        for a in accepted:  # one line per email, by ids: never the recipient's address
            log.info("sent", extra={"outbound_id": a.row.id, "request_id": a.row.request_id, "kind": a.row.kind,
                                    "message_id": a.row.message_id, "attempt": a.row.attempts})

    async def _retry_later(self, row: OutboundMessage, error: str, ledger: AsyncSession) -> None:
        if row.attempts >= self.settings.max_attempts:
            await self._give_up(row, f"gave up after {row.attempts} attempts: {error}", ledger)
            return
        delay = self.settings.retry_base_s * (2 ** (row.attempts - 1))
        await self._record(ledger, row, status="pending", last_error=error[:500],
                           next_attempt_at=self.clock.now() + timedelta(seconds=delay))
        await ledger.commit()
        log.warning("send deferred", extra={"outbound_id": row.id, "attempt": row.attempts, "error": error[:200]})

    async def _give_up(self, row: OutboundMessage, error: str, ledger: AsyncSession) -> None:
        await self._record(ledger, row, status="failed", last_error=error[:500])
        await self.hooks.on_failed(ledger, row, error)
        await ledger.commit()
        log.error("send failed", extra={"outbound_id": row.id, "kind": row.kind, "error": error[:200]})


def _claimable(now: datetime) -> ColumnElement[bool]:
    """Waiting to be sent, or leased by a sender whose lease has run out."""
    return or_(
        col(OutboundMessage.status) == "pending",
        (col(OutboundMessage.status) == "sending") & (col(OutboundMessage.claimed_until) < now),
    )


@dataclass(frozen=True, slots=True)
class _Accepted:
    row: OutboundMessage
    at: datetime  # when the SMTP server accepted it: a request's window starts here


class _GroupCommit:
    """Group commit of acceptances: at most one commit in flight; what is accepted meanwhile
    waits and goes into the next one together."""

    def __init__(self, commit: Callable[[list[_Accepted]], Awaitable[None]]) -> None:
        self._commit = commit
        self._waiting: list[_Accepted] = []
        self._task: asyncio.Task[None] | None = None

    def add(self, accepted: _Accepted) -> None:
        self._waiting.append(accepted)
        if self._task is not None and self._task.done():
            finished, self._task = self._task, None
            finished.result()  # a failed commit surfaces here rather than being lost
        if self._task is None:
            self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        # Single-threaded event loop: add() either sees this task running (and the loop below picks
        # its row up) or done, never in between.
        while self._waiting:
            group, self._waiting = self._waiting, []
            await self._commit(group)

    async def drain(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            await task
