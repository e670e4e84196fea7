"""The outbox: every email is a row first, then sent by one reused SMTP connection per batch.

Rules that keep mail from going out twice or never (issue 12, item 1):
- one row per logical email (``dedupe_key`` is unique), its Message-ID fixed before the first try;
- a row is claimed by a conditional UPDATE, so two instances never send the same row; a claim
  by an instance that died is taken over at once (bot/db/liveness.py), a live one's after its lease;
- ``handed_at`` is committed before a row goes on the wire (for the next HAND_AHEAD rows at once,
  in the commit that also marks the acceptances before them with what they mean, e.g. a request's
  deadline). A handed row with no recorded answer is "in doubt";
- every email carries the bot's own address as an extra envelope recipient (a Bcc no reader
  sees). The copy lands in the bot's mailbox, so an in-doubt row is decided by evidence: its
  copy there means the server accepted it (marked sent at the copy's INTERNALDATE); no copy after
  the watcher has read the mailbox again, ``in_doubt_settle_s`` later, means it was not, and only
  then is it sent again. A timeout never decides;
- transient failures back off exponentially; permanent ones (or too many attempts) mark it failed.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import ColumnElement, Table, and_, bindparam, func, insert, or_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.clock import Clock, utc
from bot.db.engine import Database
from bot.db.liveness import Liveness
from bot.db.models import InboundMessage, OutboundMessage
from bot.inbound.watcher import InboxProgress
from bot.ports import CredentialsRefused, InDoubtError, MailSender, OutgoingEmail, PermanentError, TransientError
from bot.settings import SmtpSettings

log = logging.getLogger("endorsebot.outbox")

LEASE = timedelta(minutes=5)
# Rows marked handed per commit. Each is decided by its copy after a kill, so a larger group costs
# only the settle wait for rows that had not reached the wire yet; one commit per email cost 3-4x
# the outbox's throughput on SQLite.
HAND_AHEAD = 16
_OUTBOUND_TABLE: Table = OutboundMessage.__table__  # type: ignore[attr-defined]  # SQLModel leaves it untyped
# Built once: every group of acceptances runs it, and building it cost as much as running it.
_MARK_SENT = (
    update(_OUTBOUND_TABLE).where(_OUTBOUND_TABLE.c.id == bindparam("row_id"))
    .values(status="sent", sent_at=bindparam("accepted_at"), last_error="", claimed_until=None, handed_at=None)
)
# The kind of inbound row the processor stores for the bot's own copy of an email it sent.
COPY_KIND = "copy"
# An email to the bot alone, sent after a kill left rows in doubt: its copy coming back proves the
# server delivers to the bot's mailbox now, after anything it accepted before.
PROBE_KIND = "probe"


def probe_email(bot: str, outbound_id: int) -> tuple[bytes, str]:
    """The probe: plain, to and from the bot, never seen by a person."""
    from email.message import EmailMessage
    from email.utils import format_datetime, make_msgid

    from bot.clock import SystemClock

    message = EmailMessage()
    message["From"] = message["To"] = bot
    message["Subject"] = f"endorsebot delivery probe (outbound {outbound_id} in doubt)"
    message["Date"] = format_datetime(SystemClock().now())
    message["Message-ID"] = message_id = make_msgid("probe", domain=bot.rpartition("@")[2] or None)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content("The bot checks that mail reaches its own mailbox. Nothing to do.\n")
    return bytes(message).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), message_id


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
        copy_to: str | None = None,
        progress: InboxProgress | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings
        self.open_sender = open_sender
        self.hooks: OutboxHooks = hooks or NoHooks()
        self.instance = instance or secrets.token_hex(4)
        self.copy_to = copy_to  # the bot's own address: the copy that proves acceptance
        self.progress = progress or InboxProgress()
        self.liveness = Liveness(db, self.instance)
        # Fault injection for tests (a kill between the server's acceptance and our commit).
        self.after_accept: Callable[[OutboundMessage], Awaitable[None]] | None = None

    async def close(self) -> None:
        await self.liveness.release()

    async def flush(self, limit: int | None = None) -> int:
        """Decide in-doubt rows, then send every due row over one SMTP connection, a claimed batch
        at a time; return how many the server accepted. Rows queued while flushing go out too."""
        await self.liveness.hold()
        await self.resolve_in_doubt()
        batch = await self._claim(self._batch_size(limit, 0))
        if not batch:
            return 0
        async with self.db.session() as ledger:
            marks = _Marks(self, ledger)
            sent = 0
            try:
                async with self.open_sender() as sender:
                    while batch:
                        for i, row in enumerate(batch):
                            sent += await self._send_one(sender, row, marks, batch[i:i + HAND_AHEAD])
                        await marks.commit()
                        if limit is not None and sent >= limit:
                            break
                        batch = await self._claim(self._batch_size(limit, sent))
            except TransientError as exc:
                await marks.commit()
                # The connection itself failed: every claimed row not yet on the wire (handed ahead or not)
                # surely was not sent, and waits for its next attempt.
                for row in batch:
                    if row.status == "sending":
                        await self._retry_later(row, str(exc), ledger)
            except CredentialsRefused:
                await marks.commit()
                # Our own login was refused before anything went out: no row is at fault, so the unsent
                # ones are handed back as they were (this attempt not counted) and the daemon stops loudly.
                for row in batch:
                    if row.status == "sending":
                        await self._record(ledger, row, status="pending", attempts=row.attempts - 1,
                                           handed_at=None)
                await ledger.commit()
                raise
            except Exception:
                await marks.commit()
                raise
            # Cancelled (a kill, as far as this code can tell): nothing more is committed. An acceptance
            # not yet recorded leaves its row in doubt, and its copy decides it at the next start.
        return sent

    def _batch_size(self, limit: int | None, sent: int) -> int:
        return self.settings.batch_size if limit is None else min(self.settings.batch_size, limit - sent)

    # ---- in doubt: decided by the bot's own copy -------------------------------------------------

    async def resolve_in_doubt(self) -> int:
        """Rows handed to the server with no recorded answer whose sender is gone (or failed mid-way):
        marked sent if their copy is in the mailbox, released for sending if it surely is not,
        left alone (and the watcher asked to look again) while that cannot be told yet."""
        now = self.clock.now()
        async with self.db.session() as session:
            dead = await self._dead_claimants(session)
            rows = list(await session.scalars(
                select(OutboundMessage).where(col(OutboundMessage.handed_at).is_not(None))
                .where(or_(col(OutboundMessage.status) == "pending", _taken_over(now, dead)))
                .order_by(col(OutboundMessage.id))))
            decided = 0
            for row in rows:
                decided += await self._decide(session, row, now)
        if len(rows) > decided:
            self.progress.wake.set()  # the copy may be waiting unread: have the watcher look again
        return decided

    async def _decide(self, session: AsyncSession, row: OutboundMessage, now: datetime) -> int:
        assert row.id is not None
        copy_at = await session.scalar(
            select(func.min(col(InboundMessage.received_at))).where(col(InboundMessage.message_id) == row.message_id)
            .where(col(InboundMessage.kind) == COPY_KIND))
        if copy_at is None and row.kind != PROBE_KIND and not await self._surely_not_accepted(session, row, now):
            return 0  # a probe reaches the bot alone: one in doubt is simply sent again
        same = (col(OutboundMessage.id) == row.id) & (col(OutboundMessage.status) == row.status) \
            & (col(OutboundMessage.handed_at).is_not(None)) & _same_claim(row.claimed_by)
        if copy_at is not None:
            won = await session.execute(update(OutboundMessage).where(same).values(
                status="sent", sent_at=copy_at, claimed_until=None, handed_at=None, last_error="")
                .execution_options(synchronize_session=False))
            if won.rowcount == 1:  # type: ignore[attr-defined]
                row.status, row.sent_at = "sent", copy_at
                await self.hooks.on_sent(session, row, copy_at)
                log.info("in-doubt send confirmed by its copy", extra={"outbound_id": row.id, "kind": row.kind,
                                                                       "request_id": row.request_id})
        else:
            won = await session.execute(update(OutboundMessage).where(same).values(
                status="pending", handed_at=None, claimed_by=None, claimed_until=None)
                .execution_options(synchronize_session=False))
            if won.rowcount == 1:  # type: ignore[attr-defined]
                log.warning("in-doubt send has no copy in the mailbox: not accepted, sending again",
                            extra={"outbound_id": row.id, "kind": row.kind, "request_id": row.request_id})
        await session.commit()
        return 1

    async def _surely_not_accepted(self, session: AsyncSession, row: OutboundMessage, now: datetime) -> bool:
        """No copy of ``row``, and a probe queued after the doubt was seen (an email to the bot alone) has
        come back through the same server into the mailbox: a server that delivers in order would have
        delivered ``row``'s copy first, and the watcher handles mail in UID order. The server must also
        have delivered something at least ``in_doubt_settle_s`` after ``row`` was handed over (the probe's
        copy, else a later message or a further probe): room for a server that reorders a little.
        Every fact is in the database, so a daemon killed again and again still gets there."""
        assert row.id is not None and row.handed_at is not None
        prefix = f"{PROBE_KIND}:{row.id}:{row.attempts}:"
        probes = list(await session.scalars(
            select(OutboundMessage).where(col(OutboundMessage.dedupe_key).startswith(prefix))
            .order_by(col(OutboundMessage.id))))
        copies = {m: at for m, at in (await session.execute(
            select(col(InboundMessage.message_id), col(InboundMessage.received_at))
            .where(col(InboundMessage.kind) == COPY_KIND)
            .where(col(InboundMessage.message_id).in_([p.message_id for p in probes])))).all()} if probes else {}
        if not probes or any(p.message_id not in copies for p in probes):
            if not probes:
                await self._queue_probe(session, f"{prefix}1", row, now)
            return False
        settled = utc(row.handed_at) + timedelta(seconds=self.settings.in_doubt_settle_s)
        first_back = min(utc(at) for at in copies.values())
        later = await session.scalar(
            select(func.count()).select_from(InboundMessage).where(col(InboundMessage.received_at) >= settled)
            .where(col(InboundMessage.received_at) >= first_back))
        if later:
            return True
        await self._queue_probe(session, f"{prefix}{len(probes) + 1}", row, now)
        return False

    async def _queue_probe(self, session: AsyncSession, key: str, row: OutboundMessage, now: datetime) -> None:
        if not self.copy_to:
            return
        data, message_id = probe_email(self.copy_to, row.id or 0)
        probe = OutboundMessage(kind=PROBE_KIND, dedupe_key=key, envelope_from=self.copy_to, recipients=[],
                                message_id=message_id, subject="delivery probe", data=data, next_attempt_at=now,
                                created_at=now)
        if await enqueue(session, probe) is not None:
            await session.commit()
            log.info("in-doubt send: probe queued", extra={"outbound_id": row.id, "probe_id": probe.id})

    async def _dead_claimants(self, session: AsyncSession) -> list[str]:
        claims = await session.scalars(
            select(col(OutboundMessage.claimed_by)).where(col(OutboundMessage.status) == "sending").distinct())
        instances = {claim.split(":", 1)[0] for claim in claims if claim}
        return sorted(await self.liveness.dead(instances))

    # ---- claiming and sending ------------------------------------------------------------------

    async def _claim(self, size: int) -> list[OutboundMessage]:
        """Up to ``size`` due rows, claimed by this instance: another instance skips them while we run
        (and until the lease ends, should we hang)."""
        now = self.clock.now()
        async with self.db.session() as session:
            dead = await self._dead_claimants(session)
            ids = await self._due_ids(session, now, size, dead)
            return await self._take(session, ids, now, dead) if ids else []

    async def _due_ids(self, session: AsyncSession, now: datetime, size: int,
                       dead: list[str] | None = None) -> list[int]:
        return list(await session.scalars(
            select(col(OutboundMessage.id)).where(col(OutboundMessage.next_attempt_at) <= now)
            .where(_claimable(now, dead or [])).order_by(col(OutboundMessage.id)).limit(size)))

    async def _take(self, session: AsyncSession, ids: list[int], now: datetime,
                    dead: list[str] | None = None) -> list[OutboundMessage]:
        """Claim the rows among ``ids`` that are still claimable. The condition is checked again in
        the UPDATE itself, so of two instances that saw the same due rows, one gets each row."""
        claim = f"{self.instance}:{secrets.token_hex(4)}"
        await session.execute(
            update(OutboundMessage).where(col(OutboundMessage.id).in_(ids)).where(_claimable(now, dead or []))
            .values(status="sending", claimed_by=claim, claimed_until=now + LEASE,
                    attempts=OutboundMessage.attempts + 1)
        )
        await session.commit()
        rows = await session.scalars(
            select(OutboundMessage).where(col(OutboundMessage.claimed_by) == claim).order_by(col(OutboundMessage.id)))
        return list(rows)

    async def _send_one(self, sender: MailSender, row: OutboundMessage, marks: _Marks,
                        ahead: list[OutboundMessage]) -> int:
        recipients = tuple(row.recipients)
        if self.copy_to and self.copy_to not in recipients:
            recipients += (self.copy_to,)  # last: a refused person fails the message before our copy is taken
        email = OutgoingEmail(row.message_id, row.envelope_from, recipients, row.data)
        if not await marks.hand(row, ahead, self.clock.now()):  # commits the previous acceptances too
            return 0
        ledger = marks.ledger
        try:
            await sender.send(email)
        except CredentialsRefused:
            raise
        except PermanentError as exc:
            await self._give_up(row, str(exc), ledger)
            return 0
        except InDoubtError as exc:
            await self._wait_for_evidence(row, str(exc), ledger)
            raise
        except TransientError as exc:
            await self._retry_later(row, str(exc), ledger)
            raise
        marks.accepted(_Accepted(row, self.clock.now()))
        if self.after_accept is not None:
            await self.after_accept(row)
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
        # all, by the caller's commit. One executemany UPDATE on the table, not the ORM's per-row path.
        await ledger.execute(_MARK_SENT, [{"row_id": a.row.id, "accepted_at": a.at} for a in accepted])
        for a in accepted:
            a.row.status, a.row.sent_at, a.row.handed_at = "sent", a.at, None  # what the rest of this flush reads
            await self.hooks.on_sent(ledger, a.row, a.at)
            # One line per email, by ids: never the recipient's address.
            log.info("sent", extra={"outbound_id": a.row.id, "request_id": a.row.request_id, "kind": a.row.kind,
                                    "message_id": a.row.message_id, "attempt": a.row.attempts})

    async def _wait_for_evidence(self, row: OutboundMessage, error: str, ledger: AsyncSession) -> None:
        """The connection failed with the message possibly accepted: it stays handed (in doubt) and is
        decided by its copy before any new attempt."""
        delay = self.settings.retry_base_s * (2 ** (row.attempts - 1))
        await self._record(ledger, row, status="pending", last_error=error[:500], claimed_by=None,
                           next_attempt_at=self.clock.now() + timedelta(seconds=delay))
        await ledger.commit()
        log.warning("send in doubt", extra={"outbound_id": row.id, "attempt": row.attempts, "error": error[:200]})

    async def _retry_later(self, row: OutboundMessage, error: str, ledger: AsyncSession) -> None:
        if row.attempts >= self.settings.max_attempts:
            await self._give_up(row, f"gave up after {row.attempts} attempts: {error}", ledger)
            return
        delay = self.settings.retry_base_s * (2 ** (row.attempts - 1))
        await self._record(ledger, row, status="pending", last_error=error[:500], handed_at=None,
                           next_attempt_at=self.clock.now() + timedelta(seconds=delay))
        await ledger.commit()
        log.warning("send deferred", extra={"outbound_id": row.id, "attempt": row.attempts, "error": error[:200]})

    async def _give_up(self, row: OutboundMessage, error: str, ledger: AsyncSession) -> None:
        await self._record(ledger, row, status="failed", last_error=error[:500], handed_at=None)
        await self.hooks.on_failed(ledger, row, error)
        await ledger.commit()
        log.error("send failed", extra={"outbound_id": row.id, "kind": row.kind, "error": error[:200]})


def _claimable(now: datetime, dead: list[str]) -> ColumnElement[bool]:
    """Waiting to be sent, or claimed but never handed to the server by a sender that died (taken
    over at once) or whose lease ran out. A handed row is in doubt: only resolve_in_doubt frees it."""
    return and_(col(OutboundMessage.handed_at).is_(None),
                or_(col(OutboundMessage.status) == "pending", _taken_over(now, dead)))


def _taken_over(now: datetime, dead: list[str]) -> ColumnElement[bool]:
    """Claimed by a sender that is gone: its instance is dead, or its lease ran out."""
    gone = [col(OutboundMessage.claimed_by).startswith(f"{instance}:") for instance in dead]
    return (col(OutboundMessage.status) == "sending") & or_(col(OutboundMessage.claimed_until) < now, *gone)


def _same_claim(claimed_by: str | None) -> ColumnElement[bool]:
    if claimed_by is None:
        return col(OutboundMessage.claimed_by).is_(None)
    return col(OutboundMessage.claimed_by) == claimed_by


@dataclass(frozen=True, slots=True)
class _Accepted:
    row: OutboundMessage
    at: datetime  # when the SMTP server accepted it: a request's window starts here


class _Marks:
    """Acceptances not yet committed, and the rows recorded as handed to the server. The acceptances
    ride on the commit that hands the next group of rows (HAND_AHEAD at a time); after a kill every
    handed row without a recorded answer is in doubt and decided by its copy."""

    def __init__(self, outbox: Outbox, ledger: AsyncSession) -> None:
        self.outbox = outbox
        self.ledger = ledger
        self._waiting: list[_Accepted] = []

    def accepted(self, accepted: _Accepted) -> None:
        self._waiting.append(accepted)

    async def hand(self, row: OutboundMessage, ahead: list[OutboundMessage], now: datetime) -> bool:
        """Make sure ``row`` is recorded as going on the wire (with the rows ``ahead`` of it, in one
        commit); False if it is no longer ours to send (marked sent by a reply that proved delivery,
        or cancelled by a withdrawal, since we claimed it)."""
        if row.status == "taken":
            return False
        if row.handed_at is not None:
            return True
        await self._flush_marks()
        group = [r for r in ahead if r.handed_at is None and r.status == "sending"]
        ours = set(await self.ledger.scalars(
            update(OutboundMessage).where(col(OutboundMessage.id).in_([r.id for r in group]))
            .where(col(OutboundMessage.status) == "sending").where(col(OutboundMessage.claimed_by) == row.claimed_by)
            .values(handed_at=now).returning(col(OutboundMessage.id)).execution_options(synchronize_session=False)))
        await self.ledger.commit()
        for r in group:
            if r.id in ours:
                r.handed_at = now
            else:
                r.status = "taken"
        return row.id in ours

    async def commit(self) -> None:
        if self._waiting:
            await self._flush_marks()
            await self.ledger.commit()

    async def _flush_marks(self) -> None:
        waiting, self._waiting = self._waiting, []
        if waiting:
            await self.outbox._mark_sent(waiting, self.ledger)
