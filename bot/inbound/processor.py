"""Handles one fetched message end to end: parse, store, run the pipeline, judge, commit.

A message counts as handled only once its row (with its outcome) is committed. An unexpected error
rolls the work back and stores the message again as quarantined, so nothing is ever dropped. Parsing and
judging run off the event loop, each within its budget (bot/inbound/parsing.py, bot/evaluation/
judge_pool.py); a message that overruns one is stored as parse_timeout or judge_timeout and committed, so
it is never handled again.
Expected contention is not an error (issue 12, item 3): a request changed meanwhile by a sweep or
another instance is read again and the reply judged again; a message another instance stored first
is a counted no-op. The bot's own copy of an email it sent (Bcc) is stored as proof of sending.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from typing import Any, Protocol, TypedDict

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.clock import Clock, utc
from bot.db import counters
from bot.db.engine import Database
from bot.db.models import InboundMessage, OutboundMessage
from bot.domain.reasons import Reason, Rejection
from bot.evaluation.judge_pool import JudgePoolClosed
from bot.evaluation.result import Judgement, JudgeTimeout, ParseTimeout
from bot.inbound import limits
from bot.inbound.parsing import Parser
from bot.inbound.pipeline import Context, Stage, request_by_token, run_stages
from bot.mail.message import MailKind, ParsedMail
from bot.outbound import addresses
from bot.outbound.outbox import COPY_KIND
from bot.ports import FetchedMessage
from bot.settings import Settings
from bot.workflow.service import Workflow
from bot.workflow.transitions import LostRace

log = logging.getLogger("endorsebot.inbound")
# Judging again after a lost compare-and-set: each retry follows a change someone else committed,
# so only a request changed over and over (never seen) would exhaust this.
RACE_RETRIES = 5


# A request in these states may take an answer now (requested and expired through the evidence rules).
_MAY_JUDGE = frozenset({"requested", "sent", "reminded", "replied", "expired"})


def _judged_replies(request_id: int) -> Any:
    return (select(InboundMessage).where(col(InboundMessage.request_id) == request_id)
            .where(col(InboundMessage.kind) == "reply").where(col(InboundMessage.reason).is_(None))
            .order_by(col(InboundMessage.received_at), col(InboundMessage.id)))


def _combined(texts: list[str]) -> str:
    return "\n\n".join(t for t in texts if t.strip())


class _MailFields(TypedDict):
    """The columns of a stored message that come from its parse."""
    message_id: str | None
    from_addr: str
    subject: str
    kind: str
    reply_text: str


# What a row holds of a message that could not be parsed (``_new_row`` with no ParsedMail).
_UNPARSED = _MailFields(message_id=None, from_addr="", subject="", kind=str(MailKind.OTHER), reply_text="")


def _parsed_fields(mail: ParsedMail) -> _MailFields:
    """The parsed message's fields a row keeps, cut to the columns' sizes."""
    return _MailFields(message_id=mail.message_id, from_addr=mail.from_addr[:320], subject=mail.subject[:500],
                       kind=str(mail.kind), reply_text=mail.reply_text[:100_000])


class Judge(Protocol):
    async def judge(self, mail: ParsedMail) -> Judgement: ...


class InboundProcessor:
    """The InboxWatcher's sink."""

    def __init__(self, db: Database, clock: Clock, settings: Settings, workflow: Workflow, judge: Judge, *,
                 stages: tuple[Stage, ...], parser: Parser) -> None:
        """``stages``: the pipeline as the composition built it (``pipeline.stages(...)`` in bot/app.py),
        required so that a processor built elsewhere cannot silently lose the registered stages; ``parser``
        likewise (bot/inbound/parsing.py: in the judge's worker processes, within the parse budget)."""
        self.db = db
        self.clock = clock
        self.settings = settings
        self.workflow = workflow
        self.judge = judge
        self.stages = stages
        self.parser = parser

    async def last_uid(self, mailbox: str, uidvalidity: int) -> int:
        async with self.db.session() as session:
            uid = await session.scalar(
                select(func.max(col(InboundMessage.uid)))
                .where(col(InboundMessage.mailbox) == mailbox)
                .where(col(InboundMessage.uidvalidity) == uidvalidity)
            )
        return int(uid or 0)

    async def handle(self, message: FetchedMessage, *, defer_database_errors: bool = False) -> InboundMessage:
        """Parse, store, judge and commit ``message``. With ``defer_database_errors`` a database that cannot
        commit (locked, unreachable) raises instead of quarantining: the LMTP ingress then answers 4xx
        and the MTA, which still holds the message, tries again later."""
        # Stored before (delivered again by an MTA that never saw our 250): the stored row stands, and a
        # message that overran its parse is never parsed again.
        async with self.db.session() as session:
            existing = await self._existing(session, message)
        if existing is not None:
            return existing
        # Off the event loop and within its budget: a hostile message may take a while to parse, and
        # other deliveries, the outbox and the sweeps must carry on meanwhile.
        try:
            mail = await self.parser.parse(message.raw)
        except ParseTimeout as exc:
            # Built to be slow, or just huge: kept with its bytes and committed once, never parsed again.
            log.warning("parse_timeout", extra={"uid": message.uid, "mailbox": message.mailbox,
                                                "bytes": len(message.raw)})
            return await self._quarantine(message, None, exc, reason=Reason.PARSE_TIMEOUT)
        except JudgePoolClosed:
            raise  # the daemon is stopping: nothing is committed, so it is handled after the restart
        except Exception as exc:  # the worker died parsing it (out of memory, say): kept, unparsed
            log.exception("quarantined", extra={"uid": message.uid, "mailbox": message.mailbox})
            return await self._quarantine(message, None, exc)
        try:
            return await self._process_retrying(message, mail)
        except IntegrityError as exc:
            handled = await self._handled_elsewhere(message)
            if handled is not None:
                return handled
            log.exception("quarantined", extra={"uid": message.uid, "mailbox": message.mailbox})
            return await self._quarantine(message, mail, exc)
        except JudgeTimeout as exc:
            # Built to be slow, or just huge: kept and committed once, so it is never judged again.
            log.warning("judge_timeout", extra={"uid": message.uid, "mailbox": message.mailbox})
            return await self._quarantine(message, mail, exc, reason=Reason.JUDGE_TIMEOUT)
        except JudgePoolClosed:
            raise
        except Exception as exc:  # the point of quarantine: whatever went wrong, keep the message
            if defer_database_errors and _cannot_commit(exc):
                raise
            log.exception("quarantined", extra={"uid": message.uid, "mailbox": message.mailbox})
            return await self._quarantine(message, mail, exc)

    async def _process_retrying(self, message: FetchedMessage, mail: ParsedMail) -> InboundMessage:
        """A lost compare-and-set means the request moved while we judged (a reminder, an expiry,
        another instance): nothing was written, so read it again and decide again."""
        prejudged = await self._prejudge(message, mail)
        for attempt in range(1, RACE_RETRIES + 1):
            try:
                return await self._process(message, mail, prejudged)
            except LostRace as race:
                if attempt == RACE_RETRIES:
                    raise
                log.info("request changed while the reply was handled; handling it again",
                         extra={"uid": message.uid, "attempt": attempt, "detail": str(race)})
                async with self.db.session() as session:
                    await counters.bump(session, counters.JUDGING_RETRIED, self.clock.now())
                    await session.commit()
        raise AssertionError("unreachable")

    async def _handled_elsewhere(self, message: FetchedMessage) -> InboundMessage | None:
        """Another instance stored this message first (the unique key on mailbox, UIDVALIDITY and
        UID refused ours): not an error, just counted."""
        async with self.db.session() as session:
            existing = await self._existing(session, message)
            if existing is not None:
                await counters.bump(session, counters.INBOUND_HANDLED_ELSEWHERE, self.clock.now())
                await session.commit()
                log.debug("inbound already handled by another instance", extra={"uid": message.uid})
        return existing

    async def _prejudge(self, message: FetchedMessage, mail: ParsedMail) -> dict[str, Judgement]:
        """Judge a likely answer before any transaction opens, from read-only look-ups: judging takes
        seconds with an LLM, and inside the transaction that stores the reply it held the database's
        write lock all that time (SQLite: the outbox, the sweeps and the CLI waited, and gave up after
        busy_timeout). ``_accept`` uses it when its combined text is the same, else judges there."""
        if str(mail.kind) != "reply":
            return {}
        async with self.db.session() as session:
            if await self._existing(session, message) is not None or (mail.message_id and await session.scalar(
                    select(col(InboundMessage.id)).where(col(InboundMessage.message_id) == mail.message_id))):
                return {}  # handled before (or a duplicate): never judged a second time
            ctx = Context(mail=mail, row=self._new_row(message, mail), session=session, settings=self.settings,
                          workflow=self.workflow)
            request = await request_by_token(ctx)
            if request is None or request.id is None or mail.from_addr != request.candidate_email \
                    or request.status not in _MAY_JUDGE or not mail.reply_text.strip() \
                    or (request.deadline_at is not None and utc(message.internaldate) > utc(request.deadline_at)):
                return {}  # not an answer the stages would judge: no judge's time (or LLM money) spent
            if await limits.for_request(session, request.id, None) >= self.settings.security.max_inbound_per_request:
                return {}  # over the request's budget: refused by the stages, so never judged (issue 10)
            earlier = list(await session.scalars(_judged_replies(request.id)))
        combined = _combined([r.reply_text for r in earlier] + [ctx.row.reply_text])
        return {combined: await self.judge.judge(dataclasses.replace(mail, reply_text=combined))}

    async def _process(self, message: FetchedMessage, mail: ParsedMail,
                       prejudged: dict[str, Judgement] | None = None) -> InboundMessage:
        async with self.db.session() as session:
            existing = await self._existing(session, message)
            if existing is not None:
                return existing
            row = self._new_row(message, mail)
            if await self._is_own_copy(session, mail, row):
                session.add(row)
                await session.commit()
                return row
            session.add(row)
            await session.flush()
            ctx = Context(mail=mail, row=row, session=session, settings=self.settings, workflow=self.workflow)
            try:
                await run_stages(ctx, self.stages)
                if not ctx.done:
                    assert ctx.request is not None
                    await self._accept(ctx, prejudged or {})
            except Rejection as rejection:
                row.reason, row.reason_detail = str(rejection.reason), rejection.detail[:500]
            await session.commit()
        if ctx.budgets:
            await self._count_budgets(ctx.budgets)
        log.info("inbound handled", extra={"inbound_id": row.id, "kind": row.kind, "reason": row.reason,
                                           "request_id": row.request_id})
        return row

    async def _count_budgets(self, names: list[str]) -> None:
        """The hourly budgets a handled message counts against, in a short transaction of their own."""
        async with self.db.session() as session:
            for name in names:
                await limits.count(session, name, self.clock.now())
            await session.commit()

    async def _accept(self, ctx: Context, prejudged: dict[str, Judgement]) -> None:
        """Judge every on-time reply of this request together (a second reply adds to the first)."""
        request = ctx.request
        assert request is not None and request.id is not None
        ctx.row.kind = "reply"
        earlier = list(await ctx.session.scalars(_judged_replies(request.id)))
        replies = [r for r in earlier if r.id != ctx.row.id] + [ctx.row]
        combined = _combined([r.reply_text for r in replies])
        judgement = prejudged.get(combined)
        if judgement is None:  # another reply was stored meanwhile: judge what there is now
            judgement = await self.judge.judge(dataclasses.replace(ctx.mail, reply_text=combined))
        await self.workflow.record_judgement(ctx.session, request, judgement,
                                             inbound_ids=[r.id for r in replies if r.id is not None],
                                             reply_text=combined)

    async def _is_own_copy(self, session: AsyncSession, mail: ParsedMail, row: InboundMessage) -> bool:
        """The bot's own copy of an email it sent (every email carries the bot as a Bcc): the proof
        that the server accepted it. Kept without its bytes; the outbox reads its receipt time."""
        if not mail.message_id or not addresses.is_bot_address(mail.from_addr, self.settings.bot.address):
            return False
        outbound_id = await session.scalar(
            select(col(OutboundMessage.id)).where(col(OutboundMessage.message_id) == mail.message_id))
        if outbound_id is None:
            return False
        row.kind, row.reason, row.raw = COPY_KIND, str(Reason.OWN_MAIL), None
        row.reason_detail, row.reply_text = f"the bot's own copy of outbound {outbound_id}", ""
        return True

    async def _existing(self, session: AsyncSession, message: FetchedMessage) -> InboundMessage | None:
        return await session.scalar(
            select(InboundMessage)
            .where(col(InboundMessage.mailbox) == message.mailbox)
            .where(col(InboundMessage.uidvalidity) == message.uidvalidity)
            .where(col(InboundMessage.uid) == message.uid)
        )

    def _new_row(self, message: FetchedMessage, mail: ParsedMail | None) -> InboundMessage:
        """``mail`` None: a message that could not be parsed within its budget, stored by its bytes alone."""
        return InboundMessage(
            mailbox=message.mailbox,
            uidvalidity=message.uidvalidity,
            uid=message.uid,
            content_sha256=hashlib.sha256(message.raw).hexdigest(),
            received_at=message.internaldate,
            size_bytes=len(message.raw),
            raw=message.raw,
            handled_at=self.clock.now(),
            timestamp_source=message.timestamp_source,
            **(_UNPARSED if mail is None else _parsed_fields(mail)),
        )

    async def _quarantine(self, message: FetchedMessage, mail: ParsedMail | None, exc: Exception,
                          reason: Reason = Reason.QUARANTINED) -> InboundMessage:
        """Store ``message`` with ``reason`` and alert. Another instance that fetched the same message and
        stored it first (both overran their budget at once) wins: its row is the answer, counted."""
        try:
            async with self.db.session() as session:
                existing = await self._existing(session, message)
                if existing is not None:
                    return existing
                row = self._new_row(message, mail)
                row.reason, row.reason_detail = str(reason), f"{type(exc).__name__}: {exc}"[:500]
                flood = reason is Reason.PARSE_TIMEOUT and await self._poison_flood(session, row)
                session.add(row)
                await session.flush()
                if not flood:
                    await self.workflow.alerts.raise_alert(session, kind="quarantined", now=self.clock.now(),
                                                           inbound_id=row.id, summary=row.reason_detail[:200])
                await session.commit()
                return row
        except IntegrityError:
            handled = await self._handled_elsewhere(message)
            if handled is None:
                raise
            return handled


    async def _poison_flood(self, session: AsyncSession, row: InboundMessage) -> bool:
        """Count a message that overran its parse; past the hour's allowance, drop its bytes and say so: True.

        Nothing of it was read, so it has no sender to be counted by, and shares one sender's allowance
        (``max_inbound_per_sender_per_hour``), as mail whose From is refused does: a flood of poison messages
        (issue 10 item 3, red-team variant) kept every one's bytes and raised an alert for each, filling the
        disk and the alerts list. Past the allowance each is a row with its size and hash, and the digest
        counts them."""
        now, limit = self.clock.now(), self.settings.security.max_inbound_per_sender_per_hour
        over = await limits.in_last_hour(session, limits.PARSE_TIMEOUTS, now) >= limit
        await limits.count(session, limits.PARSE_TIMEOUTS, now)
        if over:
            row.raw = None
            row.reason_detail = (f"{row.reason_detail}; more than {limit} messages overran their parse in an hour: "
                                 "its bytes are not kept and no alert is raised")[:500]
        return over


def _cannot_commit(exc: Exception) -> bool:
    """The database, not the message, is at fault: locked, unreachable, out of connections. (A driver may
    let a refused connection through as a bare OSError, as the daemon's own check knows.)"""
    return isinstance(exc, OperationalError | InterfaceError | PoolTimeout | OSError)
