"""The outbox: every email is a row first, then sent by one reused SMTP connection per batch.

Rules that keep mail from going out twice or never:
- one row per logical email (``dedupe_key`` is unique), its Message-ID fixed before the first try;
- a row is claimed with a lease by a conditional UPDATE, so two instances never send the same row;
- the row is marked sent in the same transaction that records what the acceptance means
  (e.g. the request's deadline), right after the server accepted it;
- transient failures back off exponentially; permanent ones (or too many attempts) mark it failed.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable, Coroutine, Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import or_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.clock import Clock
from bot.db.engine import Database
from bot.db.models import OutboundMessage
from bot.ports import MailSender, OutgoingEmail, PermanentError, TransientError
from bot.settings import SmtpSettings

log = logging.getLogger("endorsebot.outbox")

LEASE = timedelta(minutes=5)


class OutboxHooks(Protocol):
    """What a sent or failed row means for the rest of the domain; runs inside the marking transaction."""

    async def on_sent(self, session: AsyncSession, row: OutboundMessage, accepted_at: datetime) -> None: ...

    async def on_failed(self, session: AsyncSession, row: OutboundMessage, error: str) -> None: ...


class NoHooks:
    async def on_sent(self, session: AsyncSession, row: OutboundMessage, accepted_at: datetime) -> None:
        return None

    async def on_failed(self, session: AsyncSession, row: OutboundMessage, error: str) -> None:
        return None


async def enqueue(
    session: AsyncSession,
    *,
    now: datetime,
    kind: str,
    dedupe_key: str,
    envelope_from: str,
    recipients: Sequence[str],
    message_id: str,
    subject: str,
    data: bytes,
    request_id: int | None = None,
    known_new: bool = False,
) -> OutboundMessage | None:
    """Add a row in the caller's transaction; None if this logical email was already queued.

    ``known_new`` skips the look-up when the caller already holds the right to send it (it won the
    request's compare-and-set); the unique dedupe key still stops a second row at commit."""
    if not known_new:
        existing = await session.scalar(
            select(col(OutboundMessage.id)).where(col(OutboundMessage.dedupe_key) == dedupe_key))
        if existing is not None:
            return None
    row = OutboundMessage(
        kind=kind,
        request_id=request_id,
        dedupe_key=dedupe_key,
        envelope_from=envelope_from,
        recipients=list(recipients),
        message_id=message_id,
        subject=subject,
        data=data,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(row)
    if not known_new:
        await session.flush()  # callers read row.id; bulk callers (known_new) don't, and skip the round trip
    return row


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
        # One session records every outcome of this flush: a commit per message, no pool round trips.
        async with self.db.session() as ledger:
            marks = _Marks()
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
            finally:
                await marks.drain()
        return sent

    def _batch_size(self, limit: int | None, sent: int) -> int:
        return self.settings.batch_size if limit is None else min(self.settings.batch_size, limit - sent)

    async def _claim(self, size: int) -> list[OutboundMessage]:
        now = self.clock.now()
        claim = f"{self.instance}:{secrets.token_hex(4)}"
        due = (
            select(col(OutboundMessage.id))
            .where(col(OutboundMessage.next_attempt_at) <= now)
            .where(
                or_(
                    col(OutboundMessage.status) == "pending",
                    (col(OutboundMessage.status) == "sending") & (col(OutboundMessage.claimed_until) < now),
                )
            )
            .order_by(col(OutboundMessage.id))
            .limit(size)
        )
        async with self.db.session() as session:
            ids = list(await session.scalars(due))
            if not ids:
                return []
            # The WHERE is repeated so a row another instance claimed meanwhile is left alone.
            await session.execute(
                update(OutboundMessage)
                .where(col(OutboundMessage.id).in_(ids))
                .where(
                    or_(
                        col(OutboundMessage.status) == "pending",
                        (col(OutboundMessage.status) == "sending") & (col(OutboundMessage.claimed_until) < now),
                    )
                )
                .values(status="sending", claimed_by=claim, claimed_until=now + LEASE,
                        attempts=OutboundMessage.attempts + 1)
            )
            await session.commit()
            rows = await session.scalars(
                select(OutboundMessage).where(col(OutboundMessage.claimed_by) == claim)
                .order_by(col(OutboundMessage.id))
            )
            return list(rows)

    async def _send_one(self, sender: MailSender, row: OutboundMessage, ledger: AsyncSession,
                        marks: _Marks) -> int:
        email = OutgoingEmail(row.message_id, row.envelope_from, tuple(row.recipients), row.data)
        try:
            await sender.send(email)
        except PermanentError as exc:
            await marks.drain()
            await self._give_up(row, str(exc), ledger)
            return 0
        except TransientError as exc:
            await marks.drain()
            await self._retry_later(row, str(exc), ledger)
            raise
        # Committing this acceptance overlaps the next message's SMTP exchange; the ledger is used by
        # one mark at a time, and everything else waits for the mark in flight first.
        await marks.drain()
        marks.start(self._mark_sent(row, ledger))
        return 1

    async def _record(self, ledger: AsyncSession, row: OutboundMessage, **values: object) -> None:
        await ledger.execute(
            update(OutboundMessage).where(col(OutboundMessage.id) == row.id)
            .values(claimed_until=None, **values)
            .execution_options(synchronize_session=False)
        )
        for key, value in values.items():
            setattr(row, key, value)

    async def _mark_sent(self, row: OutboundMessage, ledger: AsyncSession) -> None:
        # The acceptance and what it means (a request's deadline) are committed together or not at all.
        now = self.clock.now()
        await self._record(ledger, row, status="sent", sent_at=now, last_error="")
        await self.hooks.on_sent(ledger, row, now)
        await ledger.commit()
        log.debug("sent", extra={"kind": row.kind, "outbound_id": row.id, "request_id": row.request_id})

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


class _Marks:
    """At most one "mark sent" commit in flight while the next message goes over the wire."""

    def __init__(self) -> None:
        self._task: asyncio.Task[None] | None = None

    def start(self, mark: Coroutine[Any, Any, None]) -> None:
        self._task = asyncio.create_task(mark)

    async def drain(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            await task
