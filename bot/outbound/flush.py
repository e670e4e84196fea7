"""One outbox flush, where the SMTP connection never waits for the database (issue 15 item 2).

Two tasks share the work, and only one of them talks to the server:
- the sender takes the next handed row and sends it, one after another on one connection;
- a writer, the only user of the flush's database session, commits in the background: the
  acceptances that came back since its last commit (with what they mean: a request's deadline,
  the endorser's acknowledgement), refusals, the next claimed batch when the claimed rows run low,
  and ``handed_at`` for the next rows, at least HAND_AHEAD of them in front of the connection.

The sender waits for the writer only when the next row is not handed yet, and at the end. A commit
carries every acceptance that came back while the one before it ran (GROUP of them, or whatever came
within GROUP_WAIT_S), so the database costs a few commits per hundred emails, not one each; and a
row's ``handed_at`` is always committed before the row goes on the wire. A kill leaves in doubt the
rows handed ahead and the acceptances not yet committed; each is decided by its copy in the bot's
mailbox (bot/outbound/outbox.py), never sent twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.ports import CredentialsRefused, InDoubtError, MailSender, OutgoingEmail, PermanentError, TransientError
from bot.settings import SmtpSettings

log = logging.getLogger("endorsebot.outbox")

# Handed rows kept in front of the connection; a top-up hands up to twice as many. After a kill these
# wait for their copy's verdict (in_doubt_settle_s after a read of the mailbox), so a few dozen cost
# nothing, and they let a commit take as long as sending 32 emails before the connection notices.
HAND_AHEAD = 32
# Acceptances that make the writer commit at once; a lone one waits at most GROUP_WAIT_S for company.
GROUP = 32
GROUP_WAIT_S = 0.2


@dataclass(slots=True, eq=False)
class ClaimedRow:
    """A row this flush claimed, as the claiming UPDATE returned it. ``status`` follows what the flush
    knows: sending, sent, failed, pending (given back), or taken (no longer ours: marked sent by a
    reply that proved its delivery, or cancelled by a withdrawal, after we claimed it)."""

    id: int
    kind: str
    request_id: int | None
    envelope_from: str
    recipients: list[str]
    message_id: str
    data: bytes
    attempts: int
    claimed_by: str | None
    status: str = "sending"
    handed_at: datetime | None = None
    sent_at: datetime | None = None
    on_wire: bool = False  # its SMTP transaction began: only evidence can tell whether it was taken


@dataclass(frozen=True, slots=True)
class Accepted:
    row: ClaimedRow
    at: datetime  # when the SMTP server accepted it: a request's window starts here


class Ledger(Protocol):
    """What a flush needs of the outbox (bot/outbound/outbox.py): its settings, and the statements on
    its table, each run in the session the flush gives it (the flush commits)."""

    clock: Clock
    settings: SmtpSettings
    copy_to: str | None
    after_accept: Callable[[ClaimedRow], Awaitable[None]] | None
    commits: int

    def open_sender(self) -> MailSender: ...

    async def take_due(self, session: AsyncSession, now: datetime, size: int, dead: list[str],
                       claim: str | None = None) -> list[ClaimedRow]: ...

    async def hand(self, session: AsyncSession, rows: list[ClaimedRow], now: datetime) -> None: ...

    async def mark_sent(self, session: AsyncSession, accepted: list[Accepted]) -> None: ...

    async def give_up(self, session: AsyncSession, row: ClaimedRow, error: str) -> None: ...

    async def retry_later(self, session: AsyncSession, row: ClaimedRow, error: str) -> None: ...

    async def wait_for_evidence(self, session: AsyncSession, row: ClaimedRow, error: str) -> None: ...

    async def release(self, session: AsyncSession, row: ClaimedRow) -> None: ...


class Flush:
    def __init__(self, outbox: Ledger, session: AsyncSession, first: list[ClaimedRow], dead: list[str],
                 claim: str) -> None:
        self.outbox = outbox
        self.session = session
        self.dead = dead  # instances found dead at the start: their unhanded claims are ours to take
        self.claim = claim  # claimed_by for every row of this flush
        self.queue: deque[ClaimedRow] = deque(first)  # claimed, not sent yet; the first `handed` are handed
        self.queued = {row.id for row in first}
        self.handed = 0
        self.accepted: list[Accepted] = []
        self.failed: list[tuple[ClaimedRow, str]] = []
        self.in_flight: ClaimedRow | None = None
        self.sent = 0
        self.exhausted = False  # the last claim found nothing due, and no outcome was recorded since
        self.closing = False
        self.writing = False
        self.error: Exception | None = None
        self.nudge = asyncio.Event()  # the writer has something to do, soon
        self.urgent = asyncio.Event()  # ... now: rows to hand, a full group, a refusal, the sender waiting
        self.cycled = asyncio.Event()  # the writer finished a commit (or failed)

    async def run(self) -> int:
        writer = asyncio.create_task(self._writer(), name="outbox-writer")
        self._wake(urgent=True)  # hand the first rows
        try:
            async with self.outbox.open_sender() as sender:
                while (row := await self._next()) is not None:
                    await self._send(sender, row)
        except Exception as exc:
            await self._stop(writer)
            await self._give_back(exc)
            if not isinstance(exc, TransientError):
                raise
            # The server refused for now or the connection failed: those rows wait for their next attempt.
            return self.sent
        except BaseException:
            # Cancelled (a kill, as far as this code can tell): nothing more is committed. An acceptance
            # not recorded yet leaves its row in doubt, and its copy decides it at the next start.
            writer.cancel()
            await asyncio.gather(writer, return_exceptions=True)
            raise
        await self._stop(writer)
        return self.sent

    # ---- the sender ------------------------------------------------------------------------------

    async def _next(self) -> ClaimedRow | None:
        """The next row to send, once its handed_at is committed; None when nothing is left."""
        while True:
            if self.error is not None:
                raise self.error
            while self.handed:
                row = self.queue.popleft()
                self.handed -= 1
                if self.handed < HAND_AHEAD and (len(self.queue) > self.handed or not self.exhausted):
                    self._wake(urgent=True)  # rows to hand, or to claim
                if row.status == "sending":
                    return row
            if not self.queue and self.exhausted and not (self.accepted or self.failed or self.writing):
                return None
            self.cycled.clear()
            self._wake(urgent=True)
            await self.cycled.wait()

    async def _send(self, sender: MailSender, row: ClaimedRow) -> None:
        outbox = self.outbox
        recipients = tuple(row.recipients)
        if outbox.copy_to and outbox.copy_to not in recipients:
            recipients += (outbox.copy_to,)  # last: a refused person fails the message before our copy is taken
        self.in_flight, row.on_wire = row, True
        try:
            await sender.send(OutgoingEmail(row.message_id, row.envelope_from, recipients, row.data))
        except CredentialsRefused:
            row.on_wire = False  # our login was refused: nothing went out
            raise
        except PermanentError as exc:
            self.failed.append((row, str(exc)))
            self._wake(urgent=True)
            self.in_flight = None
            return
        except InDoubtError:
            raise  # it stays on the wire as far as we know: its copy decides
        except TransientError:
            row.on_wire = False  # refused for now, or the connection failed before it went out
            raise
        self.in_flight = None
        self.accepted.append(Accepted(row, outbox.clock.now()))
        self.sent += 1
        self._wake(urgent=len(self.accepted) >= GROUP)
        if outbox.after_accept is not None:
            await outbox.after_accept(row)

    def _wake(self, *, urgent: bool) -> None:
        self.nudge.set()
        if urgent:
            self.urgent.set()

    # ---- the writer ------------------------------------------------------------------------------

    async def _writer(self) -> None:
        try:
            while True:
                await self.nudge.wait()
                if not self.urgent.is_set():  # only acceptances: let a group gather
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self.urgent.wait(), GROUP_WAIT_S)
                self.nudge.clear()
                self.urgent.clear()
                self.writing = True
                try:
                    await self._cycle()
                finally:
                    self.writing = False
                self.cycled.set()
                if self.closing:
                    return
        except Exception as exc:
            self.error = exc
            self.cycled.set()

    async def _cycle(self) -> None:
        """One commit: the outcomes so far, then (unless closing) more rows claimed and handed."""
        outbox, session = self.outbox, self.session
        accepted, self.accepted = self.accepted, []
        failed, self.failed = self.failed, []
        chunk: list[ClaimedRow] = []
        try:
            if accepted:
                await outbox.mark_sent(session, accepted)
            for row, error in failed:
                await outbox.give_up(session, row, error)
            if accepted or failed:
                self.exhausted = False  # what they mean may have queued mail (an acknowledgement)
            if not self.closing and self.handed < HAND_AHEAD:
                now = outbox.clock.now()
                if len(self.queue) - self.handed < 2 * HAND_AHEAD and not self.exhausted:
                    more = [row for row in await outbox.take_due(session, now, outbox.settings.batch_size,
                                                                  self.dead, self.claim)
                            if row.id not in self.queued]
                    self.exhausted = not more
                    self.queue.extend(more)
                    self.queued.update(row.id for row in more)
                # The sender only takes rows from the handed front, so these stay right behind it.
                chunk = list(islice(self.queue, self.handed, 2 * HAND_AHEAD))
                await outbox.hand(session, chunk, now)
            await session.commit()
            self.outbox.commits += 1
        except BaseException:
            self.accepted[:0], self.failed[:0] = accepted, failed  # for the give-back to record
            raise
        self.handed += len(chunk)  # only now may the sender take them: their handed_at is committed

    async def _stop(self, writer: asyncio.Task[None]) -> None:
        """Let the writer commit what it holds, then end it."""
        self.closing = True
        self._wake(urgent=True)
        await asyncio.gather(writer, return_exceptions=True)

    async def _give_back(self, exc: Exception) -> None:
        """The flush broke off: record what is known, and give back every row that never went out."""
        outbox, session = self.outbox, self.session
        try:
            await session.rollback()  # whatever a failed commit left half-done
            if self.accepted:
                await outbox.mark_sent(session, self.accepted)
            for row, error in self.failed:
                await outbox.give_up(session, row, error)
            for row in [*([self.in_flight] if self.in_flight else []), *self.queue]:
                if row.status != "sending":
                    continue
                if row.on_wire:  # taken or not, only its copy can tell
                    if isinstance(exc, InDoubtError):
                        await outbox.wait_for_evidence(session, row, str(exc))
                elif isinstance(exc, CredentialsRefused):
                    await outbox.release(session, row)  # the password is at fault, not the message
                elif isinstance(exc, TransientError):
                    await outbox.retry_later(session, row, str(exc))
                else:
                    await outbox.release(session, row)
            await session.commit()
        except Exception:
            log.exception("outbox: could not give back the rows of a broken flush; their lease frees them")
