"""The outbox: every email is a row first, then sent by one reused SMTP connection per flush.

Rules that keep mail from going out twice or never (issue 12, item 1):
- one row per logical email (``dedupe_key`` is unique), its Message-ID fixed before the first try;
- rows are claimed by a conditional UPDATE that returns them (RETURNING), so two instances never
  send the same row; a claim by an instance that died is taken over at once (bot/db/liveness.py),
  a live one's after its lease;
- ``handed_at`` is committed before a row goes on the wire (rows are handed a few dozen ahead of the
  connection, bot/outbound/flush.py). A handed row with no recorded answer is "in doubt";
- every email carries the bot's own address as an extra envelope recipient (a Bcc no reader
  sees). The copy lands in the bot's mailbox, so an in-doubt row is decided by evidence: its
  copy there means the server accepted it (marked sent at the copy's INTERNALDATE); no copy after
  the watcher has read the mailbox again, ``in_doubt_settle_s`` later, means it was not, and only
  then is it sent again. A timeout never decides;
- transient failures back off exponentially; permanent ones (or too many attempts) mark it failed.
"""

from __future__ import annotations

import functools
import logging
import secrets
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Table,
    Update,
    and_,
    any_,
    bindparam,
    case,
    func,
    insert,
    literal_column,
    null,
    or_,
    update,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlmodel import col, select

from bot.clock import Clock, utc
from bot.db.engine import Database
from bot.db.liveness import Liveness
from bot.db.models import InboundMessage, OutboundMessage
from bot.db.wakeup import notify_queued
from bot.inbound.watcher import InboxProgress
from bot.outbound.flush import HAND_UP_TO, Accepted, ClaimedRow, Flush
from bot.ports import MailSender
from bot.settings import SmtpSettings

log = logging.getLogger("endorsebot.outbox")

LEASE = timedelta(minutes=5)
_OUTBOUND_TABLE: Table = OutboundMessage.__table__  # type: ignore[attr-defined]  # SQLModel leaves it untyped
_T = _OUTBOUND_TABLE.c
# A group of acceptances marked sent by one statement (not an execution per row), built once: building it
# cost as much as running it. Only the ids and times vary; the rest is written into the statement, not bound
# (and converted) again. On PostgreSQL the ids and times go as two arrays.
_ACCEPTED = select(
    func.unnest(bindparam("row_ids", type_=postgresql.ARRAY(_T.id.type))).label("id"),
    func.unnest(bindparam("accepted_at", type_=postgresql.ARRAY(_T.sent_at.type))).label("at"),
).subquery("accepted")
_MARK_SENT_ALL = (
    update(_OUTBOUND_TABLE).where(_T.id == _ACCEPTED.c.id)
    .values(status=literal_column("'sent'"), sent_at=_ACCEPTED.c.at, last_error=literal_column("''"),
            claimed_until=null(), handed_at=null())
)
# What the sender needs of a claimed row, returned by the claim itself: no second read, no ORM object.
_SEND_COLUMNS = (_T.id, _T.kind, _T.request_id, _T.envelope_from, _T.recipients, _T.message_id, _T.data,
                 _T.attempts, _T.claimed_by)
# Rows oldest first, sorted after they are found (the due ones, the few in doubt): ordered by the primary key
# itself, SQLite walked the whole table in id order once ANALYZE had run (issue 15, tests/db/test_sweep_plans.py).
_BY_ID_NOT_INDEX = _T.id + 0
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


class SentRow(Protocol):
    """What the hooks read of a row: an ORM OutboundMessage or a claimed ClaimedRow."""

    @property
    def id(self) -> int | None: ...

    @property
    def kind(self) -> str: ...

    @property
    def request_id(self) -> int | None: ...


class OutboxHooks(Protocol):
    """What a sent or failed row means for the rest of the domain; runs inside the marking transaction."""

    def acts_on_sent(self, row: SentRow) -> bool:
        """Whether ``on_sent`` has anything to do for ``row``. Rows it has nothing to do for (most mail: a
        reminder, an outcome) may be marked sent by a statement that commits itself, with no hook."""
        ...

    async def on_sent(self, session: AsyncSession, row: SentRow, accepted_at: datetime) -> None: ...

    async def on_failed(self, session: AsyncSession, row: SentRow, error: str) -> None: ...


class NoHooks:
    def acts_on_sent(self, row: SentRow) -> bool:
        return False

    async def on_sent(self, session: AsyncSession, row: SentRow, accepted_at: datetime) -> None:
        return None

    async def on_failed(self, session: AsyncSession, row: SentRow, error: str) -> None:
        return None


async def enqueue(session: AsyncSession, row: OutboundMessage) -> OutboundMessage | None:
    """Add a row in the caller's transaction; None if this logical email was already queued."""
    existing = await session.scalar(
        select(col(OutboundMessage.id)).where(col(OutboundMessage.dedupe_key) == row.dedupe_key))
    if existing is not None:
        return None
    session.add(row)
    await session.flush()  # callers read row.id
    await notify_queued(session)  # a daemon listening (PostgreSQL) sends it as soon as this commits
    return row


async def enqueue_many(session: AsyncSession, rows: Sequence[OutboundMessage | Mapping[str, Any]]) -> None:
    """Add rows the caller alone may queue (it won their requests' compare-and-set) in one statement.

    No look-up first and no ORM bookkeeping: a sweep of thousands of reminders spent most of its
    time there (it passes column values, Notifier.compose_values). The unique dedupe key still refuses
    a second copy at commit."""
    if rows:
        await session.execute(insert(_OUTBOUND_TABLE), [
            row if isinstance(row, Mapping) else row.model_dump(exclude={"id"}) for row in rows])
        await notify_queued(session)


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
        self.after_accept: Callable[[ClaimedRow], Awaitable[None]] | None = None
        # Printed by bench/reminder_sweep.py: commits by flushes so far (acceptances per commit), and the
        # times a flush's connection waited for its writer with rows still due.
        self.commits = 0
        self.stalls = 0
        self._undecided = False  # the last look at rows in doubt left some undecided
        self._claim_by_index: Update | None = None
        self._mark_and_claim: Update | None = None

    async def close(self) -> None:
        await self.liveness.release()

    async def flush(self) -> int:
        """Decide in-doubt rows, then send every due row over one SMTP connection; return how many the
        server accepted. Rows queued while flushing (an acknowledgement an acceptance leads to) go out too."""
        await self.liveness.hold()
        await self.resolve_in_doubt()
        claim = self._new_claim()
        # One connection for the whole flush: a session on the pool hands its connection back (and the
        # pool resets it, a round trip of its own) at every commit.
        async with self.db.engine.connect() as conn, AsyncSession(bind=conn, expire_on_commit=False) as session:
            claims = await self._claims(session)
            if claims:
                dead = await self._dead(claims)
                await self._release_taken_over(session, self.clock.now(), dead)
            # Looked for first: with nothing due (the daemon's poll, every second on SQLite) a flush writes
            # nothing, so it never takes SQLite's write lock from a reply.
            elif not await self._any_due(session):
                return 0
            first = await self.claim_and_hand(session, self.clock.now(), min(HAND_UP_TO, self.settings.batch_size),
                                              claim)
            await session.commit()
            if not first:
                return 0  # nothing due: no SMTP connection
            return await Flush(self, session, first, claim).run()

    @property
    def in_doubt(self) -> bool:
        """Rows in doubt the last look left undecided (their probe may be on its way back)."""
        return self._undecided

    async def next_attempt_in(self) -> float | None:
        """Seconds until the earliest row waiting for a later attempt falls due; None if none waits."""
        async with self.db.session() as session:
            due = await session.scalar(select(func.min(col(OutboundMessage.next_attempt_at)))
                                       .where(col(OutboundMessage.status) == "pending"))
        return None if due is None else (utc(due) - self.clock.now()).total_seconds()

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
                .order_by(_BY_ID_NOT_INDEX)))
            decided = 0
            for row in rows:
                decided += await self._decide(session, row, now)
        self._undecided = len(rows) > decided
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
        # Sought by kind, an index of its own: probes are a handful, where the prefix alone (a LIKE) read the
        # whole dedupe-key index on SQLite and the table on PostgreSQL (neither seeks a LIKE under its default
        # collation).
        probes = list(await session.scalars(
            select(OutboundMessage).where(col(OutboundMessage.kind) == PROBE_KIND)
            .where(col(OutboundMessage.dedupe_key).startswith(prefix)).order_by(col(OutboundMessage.id))))
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
        return await self._dead(await self._claims(session))

    async def _claims(self, session: AsyncSession) -> list[str]:
        """Who holds rows being sent."""
        return [claim for claim in await session.scalars(
            select(col(OutboundMessage.claimed_by)).where(col(OutboundMessage.status) == "sending").distinct())
            if claim]

    async def _dead(self, claims: list[str]) -> list[str]:
        return sorted(await self.liveness.dead({claim.split(":", 1)[0] for claim in claims}))

    async def _any_due(self, session: AsyncSession) -> bool:
        return await session.scalar(
            select(_T.id).where(_T.status == "pending").where(_T.next_attempt_at <= self.clock.now())
            .where(_T.handed_at.is_(None)).limit(1)) is not None

    # ---- claiming --------------------------------------------------------------------------------

    async def _claim(self, size: int) -> list[ClaimedRow]:
        """Up to ``size`` due rows, claimed by this instance in a transaction of their own: another
        instance skips them while we run (and until the lease ends, should we hang)."""
        async with self.db.session() as session:
            dead = await self._dead_claimants(session)
            ids = await self._due_ids(session, self.clock.now(), size, dead)
            return await self._take(session, ids, self.clock.now(), dead) if ids else []

    async def claim_and_hand(self, session: AsyncSession, now: datetime, size: int, claim: str) -> list[ClaimedRow]:
        """Claim up to ``size`` due rows and record them as handed to the server, in one statement of the
        caller's transaction (the caller commits before any of them goes on the wire)."""
        result = await session.execute(self._claim_statement(), _claim_params(now, size, claim))
        return _claimed(result.all(), now)

    def _claim_statement(self) -> Update:
        """The claim, built once (building it cost more than running it), with the time, size and claim
        as parameters. Rows in doubt (pending, handed) are left to resolve_in_doubt."""
        if self._claim_by_index is None:
            self._claim_by_index = _claim_sqlite() if self.db.is_sqlite else _claim_postgresql()
        return self._claim_by_index

    async def _release_taken_over(self, session: AsyncSession, now: datetime, dead: list[str]) -> None:
        """Rows claimed but never handed by a sender that is gone (dead, or its lease ran out) are
        waiting again, as if that attempt had not been made: the claim takes them at once. (A claim
        hands what it takes, so only a sender of an older version leaves such rows.)"""
        await session.execute(
            update(_OUTBOUND_TABLE).where(_T.handed_at.is_(None)).where(_taken_over(now, dead))
            .values(status="pending", claimed_by=None, claimed_until=None, attempts=_T.attempts - 1))

    async def _due_ids(self, session: AsyncSession, now: datetime, size: int,
                       dead: list[str] | None = None) -> list[int]:
        return list(await session.scalars(
            select(col(OutboundMessage.id)).where(col(OutboundMessage.next_attempt_at) <= now)
            .where(_claimable(now, dead or [])).order_by(_BY_ID_NOT_INDEX).limit(size)))

    async def _take(self, session: AsyncSession, ids: list[int], now: datetime,
                    dead: list[str] | None = None) -> list[ClaimedRow]:
        """Claim (and commit) the rows among ``ids`` that are still claimable."""
        rows = await self._claim_ids(session, ids, now, dead or [])
        await session.commit()
        return rows

    async def _claim_ids(self, session: AsyncSession, ids: list[int], now: datetime, dead: list[str],
                         claim: str | None = None) -> list[ClaimedRow]:
        """The condition is checked again in the UPDATE itself, so of two instances that saw the same
        due rows, one gets each row. The UPDATE returns what it claimed (RETURNING: SQLite >= 3.35,
        PostgreSQL), so nothing is read back."""
        result = await session.execute(
            update(_OUTBOUND_TABLE).where(_T.id.in_(ids)).where(_claimable(now, dead))
            .values(status="sending", claimed_by=claim or self._new_claim(), claimed_until=now + LEASE,
                    attempts=_T.attempts + 1)
            .returning(*_SEND_COLUMNS))
        return sorted((ClaimedRow(*r) for r in result.all()), key=lambda r: r.id)

    def _new_claim(self) -> str:
        return f"{self.instance}:{secrets.token_hex(4)}"

    # ---- recording outcomes (the caller commits) -----------------------------------------------

    async def _record(self, session: AsyncSession, row: ClaimedRow, **values: Any) -> None:
        await session.execute(update(_OUTBOUND_TABLE).where(_T.id == row.id).values(claimed_until=None, **values))
        for key, value in values.items():
            if hasattr(row, key):
                setattr(row, key, value)

    async def mark_sent(self, session: AsyncSession, accepted: list[Accepted]) -> None:
        # The acceptances and what they mean (a request's deadline) are committed together or not at
        # all, by the caller's commit. One statement for the group, never the ORM.
        if self.db.is_sqlite:
            await session.execute(_mark_sent_sqlite(len(accepted)), {
                **{f"row_id_{n}": a.row.id for n, a in enumerate(accepted)},
                **{f"accepted_at_{n}": a.at for n, a in enumerate(accepted)}})
        else:
            await session.execute(_MARK_SENT_ALL, _accepted_arrays(accepted))
        for a in accepted:
            a.row.status, a.row.sent_at, a.row.handed_at = "sent", a.at, None
            await self.hooks.on_sent(session, a.row, a.at)
        _log_sent(accepted)

    def records_alone(self, accepted: list[Accepted]) -> bool:
        """Whether these acceptances can be recorded by mark_sent_and_claim: on PostgreSQL, when no hook
        has anything to do for them (an accepted request email starts its request's window: those go
        through mark_sent, in a transaction with what they mean)."""
        return not self.db.is_sqlite and not any(self.hooks.acts_on_sent(a.row) for a in accepted)

    async def mark_sent_and_claim(self, session: AsyncSession, accepted: list[Accepted], now: datetime, size: int,
                                  claim: str) -> list[ClaimedRow]:
        """Mark ``accepted`` sent and claim and hand up to ``size`` more rows, in ONE statement that commits
        itself (PostgreSQL; see records_alone), on the connection of ``session``, which must be between
        transactions. One round trip instead of four (BEGIN, the marks, the claim, COMMIT): the group
        commit's cost on the event loop's thread was a tenth of sending the emails. Atomic as the
        transaction it replaces: a kill before it leaves the marks unrecorded and nothing more handed."""
        if not accepted and not size:
            return []
        conn = session.bind
        assert isinstance(conn, AsyncConnection), "a flush's session is bound to its one connection"
        if accepted and size:
            statement: Update = self._mark_and_claim_statement()
        elif accepted:
            statement = _MARK_SENT_ALL
        else:
            statement = self._claim_statement()
        params = {**_accepted_arrays(accepted), **_claim_params(now, size, claim)}
        # No BEGIN, no COMMIT: each statement commits itself (PostgreSQL's autocommit). The connection goes
        # back to its own level at once, for the transactions of the next cycles.
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        try:
            result = await conn.execute(statement, params)
            rows = [] if statement is _MARK_SENT_ALL else _claimed(result.all(), now)
            await conn.commit()  # SQLAlchemy's own account of the statement; nothing goes to the server
        finally:
            await conn.execution_options(isolation_level=conn.default_isolation_level)
        for a in accepted:
            a.row.status, a.row.sent_at, a.row.handed_at = "sent", a.at, None
        _log_sent(accepted)
        return rows

    def _mark_and_claim_statement(self) -> Update:
        """The claim with the marks before it, as a WITH of its own (built once): PostgreSQL runs both
        on one snapshot. They never touch the same row: the marked ones are being sent, the claimed ones
        were waiting."""
        if self._mark_and_claim is None:
            self._mark_and_claim = self._claim_statement().add_cte(
                _MARK_SENT_ALL.returning(_T.id).cte("marked"))
        return self._mark_and_claim

    async def give_up(self, session: AsyncSession, row: ClaimedRow, error: str) -> None:
        await self._record(session, row, status="failed", last_error=error[:500], handed_at=None)
        await self.hooks.on_failed(session, row, error)
        log.error("send failed", extra={"outbound_id": row.id, "kind": row.kind, "error": error[:200]})

    async def retry_later(self, session: AsyncSession, row: ClaimedRow, error: str) -> None:
        """Not taken by the server (refused for now, or the connection failed before it went out)."""
        if row.attempts >= self.settings.max_attempts:
            await self.give_up(session, row, f"gave up after {row.attempts} attempts: {error}")
            return
        await self._record(session, row, status="pending", last_error=error[:500], handed_at=None,
                           next_attempt_at=self.clock.now() + self._backoff(row))
        log.warning("send deferred", extra={"outbound_id": row.id, "attempt": row.attempts, "error": error[:200]})

    async def wait_for_evidence(self, session: AsyncSession, row: ClaimedRow, error: str) -> None:
        """The connection failed with the message possibly accepted: it stays handed (in doubt) and is
        decided by its copy before any new attempt."""
        await self._record(session, row, status="pending", last_error=error[:500], claimed_by=None,
                           next_attempt_at=self.clock.now() + self._backoff(row))
        log.warning("send in doubt", extra={"outbound_id": row.id, "attempt": row.attempts, "error": error[:200]})

    async def release(self, session: AsyncSession, row: ClaimedRow) -> None:
        """Give back a row that never went on the wire, as if this attempt had not been made."""
        await self._record(session, row, status="pending", attempts=row.attempts - 1, handed_at=None,
                           claimed_by=None)

    def _backoff(self, row: ClaimedRow) -> timedelta:
        return timedelta(seconds=self.settings.retry_base_s * (2 ** (row.attempts - 1)))


def _by_id(row: ClaimedRow) -> int:
    return row.id


@functools.lru_cache(maxsize=2 * HAND_UP_TO)
def _mark_sent_sqlite(size: int) -> Update:
    """A group of ``size`` acceptances marked sent by one statement on SQLite (which has no arrays): each
    row's time chosen by its id. Built once per size (a group is mostly GROUP, or what was left)."""
    ids = [bindparam(f"row_id_{n}", type_=_T.id.type) for n in range(size)]
    times = [bindparam(f"accepted_at_{n}", type_=_T.sent_at.type) for n in range(size)]
    return (update(_OUTBOUND_TABLE).where(_T.id.in_(ids))
            .values(status=literal_column("'sent'"), sent_at=case(*zip(ids, times, strict=True), value=_T.id),
                    last_error=literal_column("''"), claimed_until=null(), handed_at=null()))


def _claim_params(now: datetime, size: int, claim: str) -> dict[str, Any]:
    return {"now": now, "size": size, "claim": claim, "lease_until": now + LEASE}


def _claimed(rows: Sequence[Any], now: datetime) -> list[ClaimedRow]:
    """What a claim returned, oldest first, as handed at ``now``."""
    claimed = sorted((ClaimedRow(*r) for r in rows), key=_by_id)
    for row in claimed:
        row.handed_at = now
    return claimed


def _accepted_arrays(accepted: list[Accepted]) -> dict[str, Any]:
    return {"row_ids": [a.row.id for a in accepted], "accepted_at": [a.at for a in accepted]}


def _log_sent(accepted: list[Accepted]) -> None:
    for a in accepted:
        # One line per email, by ids: never the recipient's address, and never the Message-ID, which in mail
        # to a candidate carries the request's token (the formatter showed it only as "<address>" anyway).
        log.info("sent", extra={"outbound_id": a.row.id, "request_id": a.row.request_id, "kind": a.row.kind,
                                "attempt": a.row.attempts})


def _claim_sqlite() -> Update:
    """The due rows are read in the order of the (status, next_attempt_at, id) index, so the claim reads
    the rows it takes and stops, whatever the backlog, and updates them by id. SQLite runs a writing
    statement alone (one writer at a time; in WAL mode a write on a snapshot older than the last commit
    fails rather than write over it), so the rows it read are the rows it updates. No second check of the
    condition beside ``id IN``: through it SQLite updated by the status index, reading every pending row
    for each claim (5.2 ms per claim of 32 with 12,800 pending)."""
    now = bindparam("now", type_=_T.next_attempt_at.type)
    due = (select(_T.id).where(_T.status == "pending").where(_T.handed_at.is_(None)).where(_T.next_attempt_at <= now)
           .order_by(_T.next_attempt_at, _T.id).limit(bindparam("size")))
    return (update(_OUTBOUND_TABLE).where(_T.id.in_(due.scalar_subquery()))
            .values(status="sending", claimed_by=bindparam("claim"), claimed_until=bindparam("lease_until"),
                    attempts=_T.attempts + 1, handed_at=now)
            .returning(*_SEND_COLUMNS))


def _claim_postgresql() -> Update:
    """The due rows are locked (skipping those another instance is claiming right now) in the order of
    the partial index of waiting rows (migration 0008), then updated by id.

    - ``ARRAY(...)`` is computed once, before the update: through ``id IN (subquery)`` PostgreSQL may
      join the two and run the subquery again for each row; rows this very statement had updated are
      then skipped as locked, so every run found the next few and one claim took the whole backlog
      (all 3,000 pending rows for a claim of 32 in tests/workflow/test_outbox_statements.py, in 0.9 s).
    - The condition is written as literals, the partial index's own: a prepared statement's generic plan
      cannot use that index for a bound 'pending'.
    - No second check of the condition in the update: it only tempted the planner, with statistics from
      before a sweep, to read every pending row. Each locked row was checked on its newest version when
      it was locked (and skipped if another claim got it first), and stays locked until this commits."""
    now = bindparam("now", type_=_T.next_attempt_at.type)
    due = (select(_T.id).where(_T.status == literal_column("'pending'")).where(_T.handed_at.is_(None))
           .where(_T.next_attempt_at <= now).order_by(_T.next_attempt_at, _T.id).limit(bindparam("size"))
           .with_for_update(skip_locked=True))
    return (update(_OUTBOUND_TABLE).where(_T.id == any_(func.array(due.scalar_subquery())))
            .values(status="sending", claimed_by=bindparam("claim"), claimed_until=bindparam("lease_until"),
                    attempts=_T.attempts + 1, handed_at=now)
            .returning(*_SEND_COLUMNS))


def _claimable(now: datetime | BindParameter[datetime], dead: list[str]) -> ColumnElement[bool]:
    """Waiting to be sent, or claimed but never handed to the server by a sender that died (taken
    over at once) or whose lease ran out. A handed row is in doubt: only resolve_in_doubt frees it."""
    return and_(col(OutboundMessage.handed_at).is_(None), _unsent(),
                or_(col(OutboundMessage.status) == "pending", _taken_over(now, dead)))


def _unsent() -> ColumnElement[bool]:
    """Implied by the OR beside it, but a term of its own: SQLite seeks the (status, next_attempt_at)
    index for it; through the OR alone it read the whole table once ANALYZE had run (issue 15)."""
    return col(OutboundMessage.status).in_(("pending", "sending"))


def _taken_over(now: datetime | BindParameter[datetime], dead: list[str]) -> ColumnElement[bool]:
    """Claimed by a sender that is gone: its instance is dead, or its lease ran out."""
    gone = [col(OutboundMessage.claimed_by).startswith(f"{instance}:") for instance in dead]
    return (col(OutboundMessage.status) == "sending") & or_(col(OutboundMessage.claimed_until) < now, *gone)


def _same_claim(claimed_by: str | None) -> ColumnElement[bool]:
    if claimed_by is None:
        return col(OutboundMessage.claimed_by).is_(None)
    return col(OutboundMessage.claimed_by) == claimed_by
