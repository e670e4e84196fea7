"""One outbox flush, where the SMTP connection never waits for the database (issue 15 item 2).

Two tasks share the work, and only one of them talks to the server:
- the sender takes the next handed row and sends it, one after another on one connection;
- a writer, the only user of the flush's database session, commits in the background: the
  acceptances that came back since its last commit (with what they mean: a request's deadline,
  the endorser's acknowledgement), refusals, and the next rows, claimed and handed by one
  statement, so that HAND_AHEAD to HAND_UP_TO of them wait in front of the connection.

The sender waits for the writer only when no handed row is left, and at the end. A commit is due
when a group of GROUP acceptances is full or fewer than HAND_AHEAD handed rows are left, and each
commit tops the handed rows up again, so both come due together: one commit for about GROUP emails
(a lone acceptance waits at most GROUP_WAIT_S). A row's ``handed_at`` is always committed before the
row goes on the wire. On PostgreSQL a commit with nothing for the hooks to do (an accepted request
email starts its request's window; a reminder means nothing more) is one statement that commits itself:
the marks and the next claim (Outbox.mark_sent_and_claim). A kill leaves in doubt the rows handed ahead
and the acceptances not yet committed; each is decided by its copy in the bot's mailbox
(bot/outbound/outbox.py), never sent twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.ports import CredentialsRefused, InDoubtError, MailSender, OutgoingEmail, PermanentError, TransientError
from bot.settings import SmtpSettings

log = logging.getLogger("endorsebot.outbox")

# Handed rows kept in front of the connection: when fewer are left, a commit hands more, up to HAND_UP_TO.
# After a kill these wait for their copy's verdict (in_doubt_settle_s after a read of the mailbox), so a
# few dozen cost nothing, and they let a commit take as long as sending 32 emails before the connection
# notices.
HAND_AHEAD = 32
HAND_UP_TO = 2 * HAND_AHEAD
# Acceptances that make the writer commit at once; a lone one waits at most GROUP_WAIT_S for company.
GROUP = 32
GROUP_WAIT_S = 0.2


@dataclass(slots=True, eq=False)
class ClaimedRow:
    """A row this flush claimed and handed, as the claiming UPDATE returned it. ``status`` follows what
    the flush knows: sending, sent, failed, or pending (given back)."""

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
    stalls: int

    def open_sender(self) -> MailSender: ...

    async def claim_and_hand(self, session: AsyncSession, now: datetime, size: int, claim: str
                             ) -> list[ClaimedRow]: ...

    async def mark_sent(self, session: AsyncSession, accepted: list[Accepted]) -> None: ...

    def records_alone(self, accepted: list[Accepted]) -> bool: ...

    async def mark_sent_and_claim(self, session: AsyncSession, accepted: list[Accepted], now: datetime, size: int,
                                  claim: str) -> list[ClaimedRow]: ...

    async def give_up(self, session: AsyncSession, row: ClaimedRow, error: str) -> None: ...

    async def retry_later(self, session: AsyncSession, row: ClaimedRow, error: str) -> None: ...

    async def wait_for_evidence(self, session: AsyncSession, row: ClaimedRow, error: str) -> None: ...

    async def release(self, session: AsyncSession, row: ClaimedRow) -> None: ...


class Flush:
    def __init__(self, outbox: Ledger, session: AsyncSession, first: list[ClaimedRow], claim: str) -> None:
        self.outbox = outbox
        self.session = session
        self.claim = claim  # claimed_by for every row of this flush
        # Claimed and handed (committed), not sent yet: the sender takes only from here.
        self.queue: deque[ClaimedRow] = deque(first)
        self.accepted: list[Accepted] = []
        self.failed: list[tuple[ClaimedRow, str]] = []
        self.in_flight: ClaimedRow | None = None
        self.sent = 0
        # The last claim found fewer rows due than it asked for, and no outcome was recorded since.
        self.exhausted = len(first) < HAND_UP_TO
        self.closing = False
        self.writing = False
        self.waiting = False  # the sender waits for the writer: nothing handed is left
        self.error: Exception | None = None
        self.nudge = asyncio.Event()  # something changed that the writer may have to commit
        self.cycled = asyncio.Event()  # the writer finished a commit (or failed)

    async def run(self) -> int:
        writer = asyncio.create_task(self._writer(), name="outbox-writer")
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
        """The next row to send (its handed_at is committed); None when nothing is left."""
        while True:
            if self.error is not None:
                raise self.error
            if self.queue:
                if len(self.queue) == HAND_AHEAD and not self.exhausted:
                    self.nudge.set()  # this one leaves fewer than HAND_AHEAD handed: time to hand more
                return self.queue.popleft()
            if self.exhausted and not (self.accepted or self.failed or self.writing):
                return None
            if not self.waiting and not self.exhausted:
                self.outbox.stalls += 1  # rows are due but none is handed: the database is behind
            self.waiting = True
            self.cycled.clear()
            self.nudge.set()
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
            self.nudge.set()
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
        if len(self.accepted) == 1 or len(self.accepted) >= GROUP:
            self.nudge.set()  # the first of a group starts its wait; a full one is due now
        if outbox.after_accept is not None:
            await outbox.after_accept(row)

    # ---- the writer ------------------------------------------------------------------------------

    def _due_now(self) -> bool:
        """A commit that should not wait: the sender is (nearly) out of handed rows, a group is full,
        a refusal is to be recorded, or the flush ends."""
        return (self.closing or self.waiting or bool(self.failed) or len(self.accepted) >= GROUP
                or (len(self.queue) < HAND_AHEAD and not self.exhausted))

    async def _until_due(self) -> None:
        while not self._due_now():
            self.nudge.clear()
            await self.nudge.wait()

    async def _writer(self) -> None:
        try:
            while True:
                await self.nudge.wait()
                if not self._due_now():  # only acceptances: let a group gather, a lone one no longer than this
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._until_due(), GROUP_WAIT_S)
                # Whatever comes from here on is for the next commit, which checks again whether it is due:
                # a low-water mark passed during this commit may be refilled by it.
                self.nudge.clear()
                self.writing = True
                try:
                    await self._cycle()
                finally:
                    self.writing = False
                self.waiting = False  # the sender, woken, looks again and says so if it still waits
                self.cycled.set()
                if self.closing:
                    return
                if self._due_now() or self.accepted:
                    self.nudge.set()
        except Exception as exc:
            self.error = exc
            self.cycled.set()

    async def _cycle(self) -> None:
        """One commit: the outcomes so far, then (unless closing) rows claimed and handed, up to
        HAND_UP_TO in front of the sender."""
        outbox, session = self.outbox, self.session
        accepted, self.accepted = self.accepted, []
        failed, self.failed = self.failed, []
        chunk: list[ClaimedRow] = []
        try:
            if accepted or failed:
                self.exhausted = False  # what they mean may have queued mail (an acknowledgement)
            # Topped up at every commit, so the next one is due (HAND_AHEAD rows left) when a group is full.
            want = min(HAND_UP_TO - len(self.queue), outbox.settings.batch_size)
            take = want if not self.closing and want > 0 and not self.exhausted else 0
            if not failed and outbox.records_alone(accepted):
                chunk = await outbox.mark_sent_and_claim(session, accepted, outbox.clock.now(), take, self.claim)
            else:
                if accepted:
                    await outbox.mark_sent(session, accepted)
                for row, error in failed:
                    await outbox.give_up(session, row, error)
                if take:
                    chunk = await outbox.claim_and_hand(session, outbox.clock.now(), take, self.claim)
                await session.commit()
            if take:
                self.exhausted = len(chunk) < take
            self.outbox.commits += 1
        except BaseException:
            self.accepted[:0], self.failed[:0] = accepted, failed  # for the give-back to record
            raise
        self.queue.extend(chunk)  # only now may the sender take them: their handed_at is committed

    async def _stop(self, writer: asyncio.Task[None]) -> None:
        """Let the writer commit what it holds, then end it."""
        self.closing = True
        self.nudge.set()
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
