"""Requests from creation to outcome. Every status change goes through change_status."""

from __future__ import annotations

import asyncio
import logging
import re
from collections import defaultdict
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.admin.credential import outcome_credential
from bot.clock import Clock, utc
from bot.db import counters
from bot.db.engine import Database
from bot.db.models import EndorsementRequest, Evaluation, InboundMessage, Member, OutboundMessage
from bot.domain.names import shown, unprintable_in_name
from bot.domain.status import AWAITING_REPLY, Status
from bot.evaluation.result import Judgement, Verdict
from bot.outbound import addresses
from bot.outbound.compose import HeaderInjection, safe_header_value
from bot.outbound.outbox import COPY_KIND, SentRow, enqueue_many
from bot.settings import Settings
from bot.workflow.alerts import Alerts
from bot.workflow.notify import Notifier
from bot.workflow.transitions import LostRace, change_status, change_status_many

log = logging.getLogger("endorsebot.workflow")

_EMAIL_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


# Requests one sweep transaction moves at most. On SQLite a writing transaction holds the database's only
# write lock, and a reply waiting for it must not wait long (issue 15: about 100 ms on a busy machine).
SWEEP_BATCH = 500
# Replied requests close through finish(), which composes inside its transaction: fewer at a time.
FINISH_BATCH = 50
# An outbox row's column values, as a sweep composes and inserts them (Notifier.compose_values).
Email = dict[str, Any]


class RequestError(ValueError):
    """A request that must not be created or changed; the message says why."""


class UnprintableName(RequestError):
    """A candidate's or endorser's name holding a control or bidi character (bot.domain.names)."""


class Workflow:
    def __init__(self, db: Database, clock: Clock, settings: Settings, notifier: Notifier, alerts: Alerts) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings
        self.notifier = notifier
        self.alerts = alerts
        # Fault injection for tests: awaited after each sweep batch has committed.
        self.after_batch: Callable[[], Awaitable[None]] | None = None

    # ---- starting and stopping -------------------------------------------------------------

    def check_candidate(self, endorser: str, candidate: str) -> None:
        """The bot must never become a way to mail arbitrary people: refuse the odd targets."""
        if not _EMAIL_RE.match(candidate):
            raise RequestError(f"{candidate!r} is not an email address")
        if not addresses.routable_domain(candidate):
            # "carol@[127.0.0.1]": a domain literal points the bot's mail server at a host of the requester's
            # choosing, past DNS and MX (issue 10, red team: relaying through the bot to an internal host).
            raise RequestError(f"{candidate!r} is not an address at a domain name (address literals are refused)")
        for address in (candidate, endorser):
            if (char := addresses.invisible_in_address(address)) is not None:
                raise RequestError(f"{address!r} holds an invisible or spacing character ({char})")
        if addresses.mixes_scripts(candidate) or addresses.mixes_scripts(endorser):
            raise RequestError(f"{candidate!r} mixes alphabets within a name (a look-alike address)")
        # One mailbox has many spellings: +tags, a trailing dot, gmail's dots, look-alike letters (issue 10).
        if addresses.same_mailbox(candidate, endorser):
            raise RequestError("an endorser cannot endorse themselves")
        bot = self.settings.bot.address
        if addresses.is_bot_address(candidate, bot) or addresses.same_mailbox(candidate, bot):
            raise RequestError("the candidate cannot be the bot itself")
        if any(addresses.same_mailbox(candidate, a) for a in self.settings.admins.addresses):
            raise RequestError("the candidate cannot be an admin address")

    async def create_request(
        self,
        session: AsyncSession,
        *,
        endorser_email: str,
        candidate_email: str,
        candidate_name: str = "",
        endorser_name: str = "",
        origin: str = "cli",
        queue_request: bool = True,
    ) -> EndorsementRequest:
        """``queue_request=False`` holds the candidate's email until the endorser confirms (issue 10)."""
        for label, value in (("candidate name", candidate_name), ("endorser name", endorser_name),
                             ("candidate address", candidate_email), ("endorser address", endorser_email)):
            try:  # these end up in headers of mail we send (issue 10 item 10)
                safe_header_value(label, value)
            except HeaderInjection as exc:
                raise RequestError(str(exc)) from None
        for label, value in (("candidate name", candidate_name), ("endorser name", endorser_name)):
            if (char := unprintable_in_name(value)) is not None:  # terminals, subjects, bodies (issue 10)
                raise UnprintableName(f"the {label} holds a control or direction-changing character ({char})")
        for label, value in (("candidate", candidate_email), ("endorser", endorser_email)):
            if not addresses.one_mailbox(value):
                raise RequestError(f"the {label} must be one email address, not {value!r}")
        endorser, candidate = addresses.normalize(endorser_email), addresses.normalize(candidate_email)
        if not _EMAIL_RE.match(endorser):
            raise RequestError(f"{endorser_email!r} is not an email address")
        self.check_candidate(endorser, candidate)
        open_one = await session.scalar(
            select(col(EndorsementRequest.id))
            .where(col(EndorsementRequest.endorser_email) == endorser)
            .where(col(EndorsementRequest.candidate_email) == candidate)
            .where(col(EndorsementRequest.status).in_([s.value for s in (Status.REQUESTED, *AWAITING_REPLY,
                                                                         Status.NEEDS_REVIEW)]))
        )
        if open_one is not None:
            raise RequestError(f"request {open_one} for {candidate} from {endorser} is still open")
        if not endorser_name:
            stored = await session.scalar(select(col(Member.name)).where(col(Member.email) == endorser)) or ""
            endorser_name = shown(stored)  # a member's name stored before names were checked
        now = self.clock.now()
        request = EndorsementRequest(
            endorser_email=endorser,
            endorser_name=endorser_name,
            candidate_email=candidate,
            candidate_name=candidate_name,
            token=addresses.new_token(),
            status=str(Status.REQUESTED),
            origin=origin,
            created_at=now,
        )
        session.add(request)
        await session.flush()
        if queue_request:
            await self.notifier.queue(session, kind="request", request=request, to=[candidate], now=now)
        return request

    async def withdraw(self, session: AsyncSession, request: EndorsementRequest, *, actor: str, why: str = "") -> None:
        was_asked = request.status != Status.REQUESTED  # the candidate has the request email
        await change_status(session, request, Status.WITHDRAWN, now=self.clock.now(), actor=actor,
                            reason=why or "withdrawn", decided_at=self.clock.now(), reasons=["withdrawn"])
        # Mail not yet sent for a withdrawn request stays unsent.
        for row in await session.scalars(
            select(OutboundMessage).where(col(OutboundMessage.request_id) == request.id)
            .where(col(OutboundMessage.status) == "pending")
        ):
            row.status, row.last_error = "cancelled", "request withdrawn"
        if was_asked:  # nobody is left waiting for an answer that no longer counts
            await self.notifier.queue(session, kind="closed", request=request, to=[request.candidate_email],
                                      now=self.clock.now(), extra={"why": "withdrawn"})

    # ---- what the outbox learned -------------------------------------------------------------

    def acts_on_sent(self, row: SentRow) -> bool:
        return row.kind == "request" and row.request_id is not None  # its request's window starts

    async def on_sent(self, session: AsyncSession, row: SentRow, accepted_at: datetime) -> None:
        if not self.acts_on_sent(row):
            return
        request = await session.get(EndorsementRequest, row.request_id)
        if request is None or request.status != Status.REQUESTED:
            return
        # The window starts when the SMTP server accepted the request email (issue 2, item 7).
        deadline = accepted_at + timedelta(hours=self.settings.workflow.window_hours)
        try:
            await change_status(session, request, Status.SENT, now=accepted_at, actor="outbox",
                                reason="accepted by SMTP server", sent_at=accepted_at, deadline_at=deadline)
        except LostRace:
            # Withdrawn (or otherwise moved) while its email was on the wire: the email is sent, the
            # request stays as the other writer left it, and the marks committed with this one stand.
            return
        # The endorser's notice is due now by the bot's clock: ``accepted_at`` may be the IMAP server's
        # receipt time of the bot's copy (an email a kill left in doubt), from a clock that runs ahead.
        await self.notifier.queue(session, kind="ack", request=request, to=[request.endorser_email],
                                  now=self.clock.now())

    async def delivered_by_reply(self, session: AsyncSession, request: EndorsementRequest, *,
                                 replied_at: datetime) -> None:
        """A reply carrying the request's token proves its email reached the candidate, whatever the
        outbox recorded (a kill between the server's acceptance and our commit): the request is sent.

        The window starts at the best evidence of when: the bot's own copy of the request email if
        it has been read (the server's acceptance), else the reply itself, the latest possible moment,
        so the candidate never loses time to our not knowing."""
        copy_at = await session.scalar(
            select(func.min(col(InboundMessage.received_at)))
            .join(OutboundMessage, col(OutboundMessage.message_id) == col(InboundMessage.message_id))
            .where(col(OutboundMessage.request_id) == request.id).where(col(OutboundMessage.kind) == "request")
            .where(col(InboundMessage.kind) == COPY_KIND))
        sent_at = utc(copy_at) if copy_at is not None else replied_at
        deadline = sent_at + timedelta(hours=self.settings.workflow.window_hours)
        await change_status(session, request, Status.SENT, now=self.clock.now(), actor="inbound:reply",
                            reason="a reply carrying the request's token proves it was delivered",
                            detail={"evidence": "own copy" if copy_at is not None else "reply"},
                            sent_at=sent_at, deadline_at=deadline)
        # Its email is sent, whatever the outbox thought: never again to this candidate.
        await session.execute(
            update(OutboundMessage).where(col(OutboundMessage.request_id) == request.id)
            .where(col(OutboundMessage.kind) == "request")
            .where(col(OutboundMessage.status).in_(["pending", "sending"]))
            .values(status="sent", sent_at=sent_at, handed_at=None, claimed_until=None)
            .execution_options(synchronize_session=False))
        await self.notifier.queue(session, kind="ack", request=request, to=[request.endorser_email],
                                  now=self.clock.now())

    async def reopen_for_on_time_reply(self, session: AsyncSession, request: EndorsementRequest, *,
                                       received_at: datetime) -> bool:
        """An expired request whose answer reached the mailbox before the deadline (read only after
        the expiry, e.g. the daemon was down) is open again: on time means the server's receipt time,
        whatever the daemon did. Audited; the endorser gets the real outcome after the expiry notice."""
        if request.deadline_at is None or received_at > utc(request.deadline_at):
            return False
        await change_status(session, request, Status.SENT, now=self.clock.now(), actor="inbound:on-time-reply",
                            reason="an answer received before the deadline was read after the expiry",
                            detail={"received_at": received_at.isoformat()}, decided_at=None,
                            reasons=[r for r in request.reasons if r != "expired"])
        log.warning("expired request reopened by an on-time answer", extra={"request_id": request.id})
        return True

    async def on_failed(self, session: AsyncSession, row: SentRow, error: str) -> None:
        if row.kind not in ("request", "reminder") or row.request_id is None:
            return
        request = await session.get(EndorsementRequest, row.request_id)
        if request is not None:
            await self.mark_undeliverable(session, request, detail=error, actor="outbox")

    async def mark_undeliverable(self, session: AsyncSession, request: EndorsementRequest, *, detail: str,
                                 actor: str) -> bool:
        if Status.UNDELIVERABLE not in _targets(request):
            return False
        now = self.clock.now()
        await change_status(session, request, Status.UNDELIVERABLE, now=now, actor=actor, reason="undeliverable",
                            detail={"error": detail[:500]}, decided_at=now, reasons=["undeliverable"])
        await self.notifier.queue(session, kind="undeliverable", request=request, to=[request.endorser_email],
                                  now=now, extra={"error": detail[:300]})
        await self.alerts.raise_alert(session, kind="undeliverable", now=now, request_id=request.id,
                                      summary=f"{request.candidate_email}: {detail[:200]}")
        return True

    # ---- judging -----------------------------------------------------------------------------

    async def record_judgement(
        self,
        session: AsyncSession,
        request: EndorsementRequest,
        judgement: Judgement,
        *,
        inbound_ids: list[int],
        reply_text: str,
    ) -> Status:
        """Store the evaluation and move the request on; returns its new status."""
        now = self.clock.now()
        criteria = judgement.criteria_json()
        reasons = list(judgement.reasons)
        session.add(Evaluation(request_id=request.id or 0, created_at=now, inbound_ids=inbound_ids,
                               verdict=str(judgement.verdict), criteria=criteria, reasons=reasons,
                               source=_source(judgement), reply_text=reply_text, details=_jsonable(judgement.details)))
        await _count_llm_use(session, judgement, now)
        log.info("verdict", extra={"request_id": request.id, "verdict": str(judgement.verdict),
                                   "source": _source(judgement), "inbound_ids": inbound_ids,
                                   "met": {name: bool(c.get("met")) for name, c in criteria.items()
                                           if isinstance(c, dict)}})
        await change_status(session, request, Status.REPLIED, now=now, actor="bot", reason="reply accepted",
                            criteria=criteria, reasons=reasons)
        if judgement.abusive or judgement.manipulation:
            kind = "abusive_reply" if judgement.abusive else "manipulation"
            await self.alerts.raise_alert(session, kind=kind, now=now, request_id=request.id,
                                          summary=f"request {request.id} from {request.candidate_email}")
        if judgement.verdict == Verdict.PASS:
            await self.finish(session, request, Status.PASSED, actor="bot", reason="all criteria met")
        elif judgement.verdict == Verdict.NEEDS_REVIEW:
            await self.finish(session, request, Status.NEEDS_REVIEW, actor="bot", reason="; ".join(reasons))
        else:
            # Not final while the window is open: a later on-time reply is judged with this one.
            await self.notifier.queue(session, kind="receipt", request=request, to=[request.candidate_email],
                                      now=now, key=f"receipt:{request.id}:{request.version}",
                                      extra={"criteria": criteria, "verdict": "incomplete"})
        return Status(request.status)

    async def finish(self, session: AsyncSession, request: EndorsementRequest, target: Status, *, actor: str,
                     reason: str) -> None:
        now = self.clock.now()
        await change_status(session, request, target, now=now, actor=actor, reason=reason, decided_at=now)
        extra: dict[str, Any] = {"criteria": request.criteria, "verdict": str(target), "reason": reason}
        credential = await outcome_credential(session, request, self.settings) if target is Status.PASSED else None
        if credential is not None:  # issues 5, 11: both outcome emails carry the OB 3.0 credential
            extra = {**extra, "credential_note": credential.note, "credential_file": credential.filename}
            await self.notifier.queue(session, kind="outcome", request=request, to=[request.endorser_email],
                                      now=now, extra=extra, attachments=credential.attachments)
        elif target is not Status.NEEDS_REVIEW:
            await self.notifier.queue(session, kind="outcome", request=request, to=[request.endorser_email],
                                      now=now, extra=extra)
        if target in (Status.PASSED, Status.NEEDS_REVIEW, Status.FAILED) and not _abusive(request):
            await self.notifier.queue(session, kind="receipt", request=request, to=[request.candidate_email],
                                      now=now, key=f"receipt:{request.id}:{target}", extra=extra,
                                      attachments=credential.attachments if credential else ())
        if target is Status.NEEDS_REVIEW:
            await self.alerts.raise_alert(session, kind="needs_review", now=now, request_id=request.id,
                                          summary=f"request {request.id}: {reason[:200]}")

    # ---- sweeps: idempotent, safe to run twice or late -----------------------------------------

    async def send_due_reminders(self) -> int:
        """Queue every reminder that has fallen due; several missed ones collapse into the latest.

        Thousands can fall due at once (a daemon back after a long outage), so requests move in
        batches of SWEEP_BATCH, each read, composed, then written in a short transaction of its own
        (one compare-and-set UPDATE, its audit rows and its reminders): inbound work takes turns with it."""
        now = self.clock.now()
        hours = self.settings.workflow.reminder_schedule()
        done = 0
        # The next reminder of a request that has had ``sent_before`` of them is due ``reach`` hours
        # before its deadline (the schedule runs from the earliest): each query seeks exactly those.
        for sent_before, reach in enumerate(hours):
            for status in (Status.SENT, Status.REMINDED):
                after: tuple[datetime, int] | None = None
                while True:
                    batch = await self._reminders_due(status, sent_before, now, now + timedelta(hours=reach), after)
                    done += await self._queue_reminders(batch, now, hours)
                    if len(batch) < SWEEP_BATCH:
                        break
                    after = _position(batch[-1][0])
        return done

    async def _reminders_due(self, status: Status, sent_before: int, now: datetime, reach_end: datetime,
                             after: tuple[datetime, int] | None) -> list[tuple[EndorsementRequest, str | None]]:
        """The next batch, in deadline order, each with its request email's Message-ID (to thread under)."""
        query = (select(EndorsementRequest).where(col(EndorsementRequest.status) == status.value)
                 .where(col(EndorsementRequest.reminders_sent) == sent_before)
                 .where(col(EndorsementRequest.deadline_at) > now)
                 .where(col(EndorsementRequest.deadline_at) <= reach_end))
        async with self.db.session() as session:
            batch = list(await session.scalars(_next_batch(query, after, SWEEP_BATCH)))
            threads = await _thread_roots(session, batch)
        return [(request, threads.get(request.id)) for request in batch]

    async def _queue_reminders(self, batch: list[tuple[EndorsementRequest, str | None]], now: datetime,
                               hours: tuple[float, ...]) -> int:
        if not batch:
            return 0
        # Composed before the transaction opens (on SQLite it holds the only write lock), and in a thread:
        # a batch takes the CPU for a while, and the event loop keeps reading and judging replies meanwhile.
        due = await asyncio.to_thread(self._compose_reminders, batch, now, hours)
        done = 0
        async with self.db.session() as session:
            for number, items in due.items():
                moved = await change_status_many(session, [r for r, _ in items], Status.REMINDED, now=now,
                                                 actor="sweep:reminders", reason=f"reminder {number}",
                                                 reminders_sent=number)
                # The compare-and-set above makes this worker the only one queueing these reminders.
                won = {r.id for r in moved}
                await enqueue_many(session, await _unqueued(session, [row for r, row in items if r.id in won]))
                done += len(moved)
            await session.commit()
        await self._batch_done()
        return done

    def _compose_reminders(self, batch: list[tuple[EndorsementRequest, str | None]], now: datetime,
                           hours: tuple[float, ...]) -> dict[int, list[tuple[EndorsementRequest, Email]]]:
        """Each request's reminder, by its number (several missed ones collapse into the latest)."""
        due: dict[int, list[tuple[EndorsementRequest, Email]]] = defaultdict(list)
        for request, thread in batch:
            assert request.deadline_at is not None  # the query sought it by its deadline
            deadline = utc(request.deadline_at)
            number = 1 + max(i for i, h in enumerate(hours) if now >= deadline - timedelta(hours=h))
            if number > request.reminders_sent:
                due[number].append((request, self.notifier.compose_values(
                    kind="reminder", request=request, to=[request.candidate_email], now=now,
                    key=f"reminder:{request.id}:{number}", thread=thread)))
        return due

    async def _batch_done(self) -> None:
        if self.after_batch is not None:
            await self.after_batch()

    async def expire_overdue(self, read_until: datetime | None = None) -> int:
        """Close every request whose deadline has passed, but only up to ``read_until``: the moment up
        to which the mailbox has been read. A deadline after it waits, since an on-time answer may sit
        unread in the mailbox (issue 12, item 4); None means nothing limits it (no watcher).

        In batches, each its own short transaction (issue 15): after an outage thousands fall due at once,
        and a reply must not wait behind them for SQLite's write lock, nor be refused by it."""
        now = self.clock.now()
        cutoff = now if read_until is None else min(now, read_until)
        done = 0
        for status in (Status.SENT, Status.REMINDED, Status.REPLIED):
            # A replied request closes through finish() (its evaluation, outcome and receipt): fewer at a time.
            size = SWEEP_BATCH if status is not Status.REPLIED else FINISH_BATCH
            after: tuple[datetime, int] | None = None
            while True:
                batch = await self._overdue(status, cutoff, after, size)
                done += await (self._fail_replied(batch) if status is Status.REPLIED else self._expire(batch, now))
                if len(batch) < size:
                    break
                after = _position(batch[-1])
        return done

    async def _overdue(self, status: Status, cutoff: datetime, after: tuple[datetime, int] | None,
                       size: int) -> list[EndorsementRequest]:
        query = (select(EndorsementRequest).where(col(EndorsementRequest.status) == status.value)
                 .where(col(EndorsementRequest.deadline_at) <= cutoff))
        async with self.db.session() as session:
            return list(await session.scalars(_next_batch(query, after, size)))

    async def _expire(self, batch: list[EndorsementRequest], now: datetime) -> int:
        """Sent/reminded -> expired for a batch: the endorser's outcome and the candidate's closing
        notice composed first, then one transaction moves the requests and queues their emails."""
        if not batch:
            return 0
        async with self.db.session() as session:
            threads = await _thread_roots(session, batch)
        # Composed outside the transaction and off the event loop, as reminders are.
        emails = await asyncio.to_thread(
            lambda: {r.id: self._expiry_emails(r, now, threads.get(r.id)) for r in batch})
        by_reasons: dict[tuple[str, ...], list[EndorsementRequest]] = defaultdict(list)
        for request in batch:
            by_reasons[tuple(request.reasons)].append(request)
        async with self.db.session() as session:
            moved: list[EndorsementRequest] = []
            for reasons, requests in by_reasons.items():
                moved += await change_status_many(session, requests, Status.EXPIRED, now=now, actor="sweep:expiry",
                                                  reason="deadline passed", decided_at=now,
                                                  reasons=[*reasons, "expired"])
            await enqueue_many(session, await _unqueued(session, [e for r in moved for e in emails[r.id]]))
            await session.commit()
        await self._batch_done()
        return len(moved)

    def _expiry_emails(self, request: EndorsementRequest, now: datetime,
                       thread: str | None) -> tuple[Email, Email]:
        """What close_at_deadline queues for an expiry, composed without a session."""
        # Its own key: should an on-time answer reopen it, the real outcome is a second email, not a no-op.
        outcome = self.notifier.compose_values(kind="outcome", request=request, to=[request.endorser_email], now=now,
                                        key=f"outcome:{request.id}:expired",
                                        extra={"criteria": {}, "verdict": "expired", "reason": "deadline passed"})
        closed = self.notifier.compose_values(kind="closed", request=request, to=[request.candidate_email], now=now,
                                       extra={"why": "expired"}, thread=thread)
        return outcome, closed

    async def _fail_replied(self, batch: list[EndorsementRequest]) -> int:
        done = 0
        async with self.db.session() as session:
            for request in batch:
                try:
                    await self.close_at_deadline(session, request, actor="sweep:expiry")
                except LostRace:
                    continue
                done += 1
            await session.commit()
        if batch:
            await self._batch_done()
        return done

    async def close_at_deadline(self, session: AsyncSession, request: EndorsementRequest, *, actor: str,
                                reason: str = "deadline passed") -> None:
        """Sent/reminded -> expired; replied (judged incomplete so far) -> failed with its evaluation."""
        if request.status == Status.REPLIED:
            await self.finish(session, request, Status.FAILED, actor=actor, reason=f"{reason}; criteria not met")
            return
        now = self.clock.now()
        await change_status(session, request, Status.EXPIRED, now=now, actor=actor, reason=reason,
                            decided_at=now, reasons=[*request.reasons, "expired"])
        # Its own key: should an on-time answer reopen it, the real outcome is a second email, not a no-op.
        await self.notifier.queue(session, kind="outcome", request=request, to=[request.endorser_email], now=now,
                                  key=f"outcome:{request.id}:expired",
                                  extra={"criteria": {}, "verdict": "expired", "reason": reason})
        await self.notifier.queue(session, kind="closed", request=request, to=[request.candidate_email], now=now,
                                  extra={"why": "expired"})

    async def requests_today(self, session: AsyncSession, endorser: str) -> int:
        since = self.clock.now() - timedelta(days=1)
        count = await session.scalar(
            select(func.count()).select_from(EndorsementRequest)
            .where(col(EndorsementRequest.endorser_email) == endorser)
            .where(col(EndorsementRequest.created_at) >= since)
        )
        return int(count or 0)


def _position(request: EndorsementRequest) -> tuple[datetime, int]:
    assert request.deadline_at is not None and request.id is not None
    return request.deadline_at, request.id


def _next_batch(query: Any, after: tuple[datetime, int] | None, size: int) -> Any:
    """``query``'s next ``size`` rows in (deadline, id) order, after ``after``: a keyset read that seeks the
    (status, ..., deadline_at, id) indexes (migration 0007), so a batch never rereads what one before
    it left (a request another worker moved first) and costs the same at any depth."""
    if after is not None:
        deadline, request_id = after
        # The >= alone is the index range; the OR only drops the rows at that very deadline already seen.
        query = (query.where(col(EndorsementRequest.deadline_at) >= deadline)
                 .where(or_(col(EndorsementRequest.deadline_at) > deadline, col(EndorsementRequest.id) > request_id)))
    return query.order_by(col(EndorsementRequest.deadline_at), col(EndorsementRequest.id)).limit(size)


async def _thread_roots(session: AsyncSession, batch: list[EndorsementRequest]) -> dict[int | None, str]:
    """Each request's own email's Message-ID, which later mail threads under. A query of its own by the
    batch's ids: joined to the batch's query, PostgreSQL chose to hash the whole outbox once 10,000 were due."""
    if not batch:
        return {}
    rows = await session.execute(
        select(col(OutboundMessage.request_id), col(OutboundMessage.message_id))
        .where(col(OutboundMessage.request_id).in_([r.id for r in batch]))
        .where(col(OutboundMessage.kind) == "request"))
    return {request_id: message_id for request_id, message_id in rows.all()}


async def _unqueued(session: AsyncSession, rows: list[Email]) -> list[Email]:
    """``rows`` but those whose logical email is queued already (a request expired, reopened by an
    on-time answer and expired again has its closing notice): enqueue_many must not meet the unique key."""
    if not rows:
        return []
    queued = set(await session.scalars(select(col(OutboundMessage.dedupe_key))
                                       .where(col(OutboundMessage.dedupe_key).in_([r["dedupe_key"] for r in rows]))))
    return [r for r in rows if r["dedupe_key"] not in queued]


def _targets(request: EndorsementRequest) -> frozenset[Status]:
    from bot.domain.status import TRANSITIONS

    return TRANSITIONS[Status(request.status)]


def _source(judgement: Judgement) -> str:
    sources = {str(c.source) for c in judgement.criteria.values()}
    return sources.pop() if len(sources) == 1 else "both"


def _abusive(request: EndorsementRequest) -> bool:
    return "abusive" in request.reasons


def _jsonable(details: dict[str, Any]) -> dict[str, Any]:
    import json

    return json.loads(json.dumps(details, default=str))


async def _count_llm_use(session: AsyncSession, judgement: Judgement, now: datetime) -> None:
    """Today's model spend and errors, in the verdict's own transaction: the daily budget is restored
    from them at start-up, and the digest reports them."""
    llm = judgement.details.get("llm")
    cost = llm.get("cost_usd", 0.0) if isinstance(llm, dict) else judgement.details.get("llm_cost_usd", 0.0)
    if isinstance(cost, int | float):
        await counters.bump(session, counters.LLM_COST_MICROUSD, now, round(cost * 1_000_000))
    if "llm_error" in judgement.details:
        await counters.bump(session, counters.LLM_ERRORS, now)
