"""`endorsebot run`: watch the inbox, send the outbox, wake the sweeps. Stops cleanly on SIGTERM/SIGINT.

The database holds every deadline; APScheduler only decides when to look. Sweeps are idempotent, so a
sweep that runs twice, or late after a restart, does the right thing once. At start-up every sweep
runs once, which acts on deadlines that passed while the daemon was down, but only after the inbox
watcher has read the mailbox: an on-time answer that arrived while we were down is judged before
its request could expire, and an email in doubt is decided by its copy before anything is resent.
The catch-up runs beside the watcher and the outbox (in batches, each its own short transaction), so
replies are judged and mail leaves while it works. The outbox also looks for new rows every second,
so a request queued by another process (the CLI) leaves at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlmodel import col, select

from bot import __version__
from bot.app import App
from bot.clock import SystemClock
from bot.db.models import EndorsementRequest
from bot.db.wakeup import OutboxListener
from bot.domain.status import AWAITING_REPLY, Status
from bot.host.fatal import EXIT_FATAL, Fatal, Part, alert_admins
from bot.inbound import limits
from bot.inbound.watcher import InboxWatcher
from bot.ports import REFRESH_FAILED, CredentialsRefused, FetchedMessage, OAuth2RefreshRefused, PermanentError
from bot.settings import DaemonSettings

if TYPE_CHECKING:
    from bot.inbound.lmtp import LmtpIngress

log = logging.getLogger("endorsebot.daemon")
# APScheduler fires on wall-clock time, whatever the app clock says (the demo shifts it).
_WALL = SystemClock()
# How often the outbox looks for rows queued by another process (an indexed query on the due time),
# on SQLite, and on PostgreSQL while the listening connection is down.
OUTBOX_POLL_S = 1.0
# While a PostgreSQL listener wakes the outbox for new rows: a safety net for rows due by time alone
# (a dead instance's claims); a retry is woken when due, an email in doubt checked every second.
LISTENING_POLL_S = 10.0


class _NotifyingSink:
    """Wakes the outbox after each inbound message: an outcome email should not wait for a timer."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def last_uid(self, mailbox: str, uidvalidity: int) -> int:
        return await self.app.processor.last_uid(mailbox, uidvalidity)

    async def handle(self, message: FetchedMessage, *, defer_database_errors: bool = False) -> None:
        await self.app.processor.handle(message, defer_database_errors=defer_database_errors)
        self.app.outbox_dirty.set()


class Daemon:
    def __init__(self, app: App, *, config_source: str = "") -> None:
        self.app = app
        self.config_source = config_source  # for the start line: which file the settings came from
        self.exit_status = 0  # what `endorsebot run` exits with once run() returns
        self.scheduler = AsyncIOScheduler(timezone=UTC)
        self._sweep_lock = asyncio.Lock()
        self._flush_lock = asyncio.Lock()
        self._wakeups: set[asyncio.Task[None]] = set()
        self._watching = False  # the inbox watcher runs: expiry waits for what it has read
        self.listener: OutboxListener | None = None  # PostgreSQL: wakes the outbox for rows others queue
        self.started = asyncio.Event()  # start-up catch-up done: the mailbox read, the sweeps run once
        # The token source's renewal count when the admins were last told of a refused OAuth2 sign-in:
        # one alert per onset (a renewal that works in between starts a new one).
        self._sign_in_alerted: int | None = None
        self.lmtp: LmtpIngress | None = None  # the LMTP listener, in [ingress] mode = "lmtp"

    async def sweep(self) -> dict[str, int]:
        """Reminders, expiry, then the outbox. Safe to call at any time, any number of times."""
        async with self._sweep_lock:
            reminded = await self.app.workflow.send_due_reminders()
            expired = await self.app.workflow.expire_overdue(read_until=await self._mailbox_read_until())
            sent = await self._flush()
        if reminded or expired or sent:
            log.info("sweep", extra={"reminded": reminded, "expired": expired, "sent": sent})
        self._schedule_next_deadline()
        return {"reminded": reminded, "expired": expired, "sent": sent}

    async def _flush(self) -> int:
        """One flush at a time in this process: the outbox loop and a sweep both flush, and two flushes
        deciding the same rows in doubt would race each other to queue their probe."""
        async with self._flush_lock:
            return await self.app.outbox.flush()

    async def _mailbox_read_until(self) -> datetime | None:
        """The moment up to which every message in the mailbox has been handled, after asking the
        watcher to read it again when a deadline has passed since its last read (issue 12, item 4)."""
        if not self._watching:
            return None
        progress = self.app.inbox_progress
        if await self._deadline_passed_since(progress.synced_at):
            await progress.sync(self.app.settings.imap.timeout_s)
        # Not read at all yet (server unreachable): nothing may expire, an answer may be waiting.
        return progress.synced_at or datetime.min.replace(tzinfo=UTC)

    async def _deadline_passed_since(self, read_at: datetime | None) -> bool:
        # One status at a time, LIMIT 1: each a seek of the (status, deadline_at) index, whatever the load.
        async with self.app.db.session() as session:
            for status in AWAITING_REPLY:
                query = (select(col(EndorsementRequest.id)).where(col(EndorsementRequest.status) == status.value)
                         .where(col(EndorsementRequest.deadline_at) <= self.app.clock.now()))
                if read_at is not None:
                    query = query.where(col(EndorsementRequest.deadline_at) > read_at)
                if await session.scalar(query.limit(1)) is not None:
                    return True
        return False

    def _schedule_next_deadline(self) -> None:
        """Wake exactly at the next deadline instead of waiting for the next interval tick."""
        if not self.scheduler.running:
            return
        task = asyncio.get_running_loop().create_task(self._plan_wakeup())
        self._wakeups.add(task)
        task.add_done_callback(self._wakeups.discard)

    async def _plan_wakeup(self) -> None:
        async with self.app.db.session() as session:
            # The earliest deadline per status, the first entry of the (status, deadline_at) index each:
            # min() over the whole IN list read every open request.
            deadlines = [await session.scalar(select(col(EndorsementRequest.deadline_at))
                                              .where(col(EndorsementRequest.status) == status.value)
                                              .order_by(col(EndorsementRequest.deadline_at)).limit(1))
                         for status in (Status.SENT, Status.REMINDED, Status.REPLIED)]
        nxt = min((d for d in deadlines if d is not None), default=None)
        if nxt is None:
            return
        # The clock may be shifted (demo); convert its notion of the deadline to wall-clock time.
        delay = (nxt.replace(tzinfo=UTC) if nxt.tzinfo is None else nxt) - self.app.clock.now()
        run_at = _WALL.now() + max(delay, timedelta(0)) + timedelta(milliseconds=50)
        self.scheduler.add_job(_quiet_on_shutdown, "date", args=[self.sweep], run_date=run_at, id="deadline",
                               replace_existing=True, misfire_grace_time=None, coalesce=True)

    # ---- issue 5: the daily digest and the raw-mail retention sweep (bot/admin) ----------------------

    async def digest_sweep(self) -> int:
        """Today's digest once its hour has come; the audit row it leaves makes a second run a no-op."""
        from bot.admin.digest_send import digest_if_due

        queued = await digest_if_due(self.app.db, self.app.composer, self.app.settings, self.app.clock)
        if queued:
            log.info("digest queued", extra={"admins": queued})
            self.app.outbox_dirty.set()
        return queued

    async def retention_sweep(self) -> None:
        from bot.admin.privacy import retention_sweep
        from bot.inbound.confirmation import withdraw_lapsed

        await withdraw_lapsed(self.app.workflow)  # issue 10: requests by email never confirmed
        result = await retention_sweep(self.app.db, self.app.clock, self.app.settings.privacy)
        if result.raw_deleted or result.outbox_bodies_deleted:
            log.info("retention", extra={"raw_deleted": result.raw_deleted,
                                         "outbox_bodies_deleted": result.outbox_bodies_deleted})
        async with self.app.db.session() as session:
            pruned = await limits.prune(session, self.app.clock.now())
            await session.commit()
        if pruned:
            log.info("flood budget buckets pruned", extra={"rows": pruned})

    def _add_admin_jobs(self) -> None:
        digest = self.app.settings.digest
        # misfire_grace_time=None + coalesce: a digest hour missed while busy runs once, not never.
        self.scheduler.add_job(_quiet_on_shutdown, "cron", args=[self.digest_sweep], hour=digest.hour, minute=0,
                               timezone=digest.timezone, id="digest", misfire_grace_time=None, coalesce=True,
                               max_instances=1)
        self.scheduler.add_job(_quiet_on_shutdown, "interval", args=[self.retention_sweep], hours=1, id="retention",
                               misfire_grace_time=None, coalesce=True, max_instances=1)

    async def _outbox_loop(self, stop: asyncio.Event, first_read: asyncio.Future[bool]) -> None:
        """Flush whenever woken (or every sweep interval). A refused SMTP login or an unwritable
        database is retried a bounded number of times, then raised as Fatal (see bot.host.fatal).

        It starts with the daemon, beside the catch-up sweeps (issue 15 item 3), but its first flush waits
        for the mailbox's first read (bounded): an email a kill left in doubt is decided by its copy first."""
        dirty = self.app.outbox_dirty
        smtp = _FailureBudget("smtp", self.app.settings.daemon)
        database = _FailureBudget("database", self.app.settings.daemon)
        await asyncio.shield(first_read)
        dirty.set()
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                # Woken at once by this process, and by another one (the CLI) through the listener on
                # PostgreSQL; else a row queued by another process is seen within a second.
                await asyncio.wait_for(dirty.wait(), timeout=await self._outbox_poll_s())
            dirty.clear()
            if stop.is_set():
                return
            try:
                await self._flush()
            except OAuth2RefreshRefused as exc:
                await self._sign_in_refused("smtp", exc, stop)
                dirty.set()
            except CredentialsRefused as exc:
                await _pause(stop, smtp.failed(str(exc)))
                dirty.set()
            except Exception as exc:
                if not _is_database_error(exc):
                    log.exception("outbox flush failed; will retry")
                    continue
                await _pause(stop, database.failed(_describe(exc)))
                dirty.set()
            else:
                smtp.ok()
                database.ok()

    async def _outbox_poll_s(self) -> float:
        """How long the outbox sleeps when nothing wakes it."""
        listener, outbox = self.listener, self.app.outbox
        if listener is None or not listener.live or outbox.in_doubt:
            return OUTBOX_POLL_S
        try:
            due_in = await outbox.next_attempt_in()
        except Exception:
            return OUTBOX_POLL_S  # the flush that follows meets the database's trouble and reports it
        return LISTENING_POLL_S if due_in is None else min(LISTENING_POLL_S, max(due_in, 0.05))

    async def _watch_inbox(self, stop: asyncio.Event) -> None:
        """The inbox watcher, restarted when the server refuses our login or mailbox, at most
        ``[daemon] fatal_attempts`` times in a row; then Fatal. A session that got in resets the count."""
        watcher = InboxWatcher(self.app.open_mailbox, _NotifyingSink(self.app), self.app.settings.imap,
                               progress=self.app.inbox_progress, clock=self.app.clock)
        budget = _FailureBudget("imap", self.app.settings.daemon)
        while not stop.is_set():
            connected_before = watcher.connections
            try:
                await watcher.run(stop)
                return
            except OAuth2RefreshRefused as exc:
                await self._sign_in_refused("imap", exc, stop)
            except PermanentError as exc:
                if watcher.connections > connected_before:
                    budget.ok()
                await _pause(stop, budget.failed(str(exc)))

    async def _sign_in_refused(self, part: Literal["imap", "smtp"], exc: OAuth2RefreshRefused,
                               stop: asyncio.Event) -> None:
        """The provider refused the refresh token. Unlike a refused password this does not stop the daemon:
        what needs no sign-in carries on (the outbox with its own login, judging, sweeps; expiry waits for
        the unread mailbox). The admins are told once per onset, through what still works: an alert row
        (digest, `endorsebot status`), mailed if SMTP still signs in, else once it does. Then retried slowly."""
        tokens = self.app.tokens
        onset = tokens.refreshes if tokens is not None else 0
        if self._sign_in_alerted != onset:
            self._sign_in_alerted = onset
            log.critical("OAuth2 sign-in refused; the daemon keeps running", extra={
                "condition": REFRESH_FAILED, "part": part, "error": str(exc)[:300]})
            await self._alert_sign_in(part, exc)
        else:
            log.warning("OAuth2 sign-in still refused", extra={"condition": REFRESH_FAILED, "part": part})
        await _pause(stop, self.app.settings.oauth2.refused_retry_s)

    async def _alert_sign_in(self, part: str, exc: OAuth2RefreshRefused) -> None:
        what = {"imap": "the mailbox (IMAP)", "smtp": "the outgoing mail server (SMTP)"}[part]
        summary = f"endorsebot cannot sign in to {what}: {exc}"
        try:
            async with self.app.db.session() as session:
                await self.app.alerts.raise_alert(session, kind=REFRESH_FAILED, summary=summary,
                                                  now=self.app.clock.now())
                await session.commit()
        except Exception as error:  # the log line above already tells; the next onset tries again
            log.error("could not record the sign-in alert", extra={"error": f"{type(error).__name__}: {error}"[:300]})
            return
        self.app.outbox_dirty.set()

    async def _receive_lmtp(self, stop: asyncio.Event) -> None:
        """[ingress] mode = "lmtp": the MTA hands mail over LMTP; no mailbox is read. An address that
        cannot be bound (in use, no permission) is tried ``[daemon] fatal_attempts`` times, then Fatal."""
        from bot.inbound.lmtp import LmtpIngress

        settings = self.app.settings
        ingress = LmtpIngress(_NotifyingSink(self.app), settings.ingress, bot_address=settings.bot.address,
                              clock=self.app.clock, progress=self.app.inbox_progress)
        self.lmtp = ingress
        budget = _FailureBudget("lmtp", settings.daemon)
        while not stop.is_set():
            try:
                await ingress.run(stop)
                return
            except OSError as exc:
                await _pause(stop, budget.failed(f"{settings.ingress.listen}: {exc.strerror or exc}"))

    async def _check_database(self, stop: asyncio.Event) -> None:
        """Bring the schema up to date and prove we can write, before anything else runs."""
        budget = _FailureBudget("database", self.app.settings.daemon)
        while True:
            try:
                await self.app.db.create_schema()
                await _write_probe(self.app)
                return
            except Exception as exc:
                if not _is_database_error(exc):
                    raise
                await _pause(stop, budget.failed(_describe(exc)))

    def _start_line(self) -> None:
        """What an operator needs to know which daemon this is; never a password or a personal address."""
        from sqlalchemy.engine import make_url

        s = self.app.settings
        log.info("starting", extra={
            "version": __version__, "config": self.config_source or "built-in defaults",
            "bot": s.bot.address, "database": make_url(self.app.db.url).render_as_string(hide_password=True),
            "smtp": f"{s.smtp.host}:{s.smtp.port} ({s.smtp.security})",
            "imap": f"{s.imap.host}:{s.imap.port} ({s.imap.security}) mailbox {s.imap.mailbox}"
            if s.ingress.mode == "imap" else "not read ([ingress] mode = lmtp)",
            "ingress": s.ingress.mode if s.ingress.mode == "imap" else f"lmtp on {s.ingress.listen}",
            "classifier": s.classifier.mode, "admins": len(s.admins.addresses)})

    async def run(self, stop: asyncio.Event) -> None:
        """Run until ``stop`` is set (``exit_status`` 0) or a Fatal condition outlasts its retries:
        then the admins are alerted through whatever still works and ``exit_status`` is EXIT_FATAL."""
        self._start_line()
        try:
            await self._check_database(stop)
        except Fatal as fatal:
            self.exit_status = await self._die(fatal)
            return
        if not stop.is_set():
            self.exit_status = await self._serve(stop)

    async def _serve(self, stop: asyncio.Event) -> int:
        # The judge's worker processes load their lexicons while the mailbox is read.
        start_judge = getattr(self.app.processor.judge, "start", None)
        if start_judge is not None:
            start_judge()
        # misfire_grace_time=None + coalesce: a tick missed while busy or down runs once, not never.
        self.scheduler.add_job(_quiet_on_shutdown, "interval", args=[self.sweep],
                               seconds=self.app.settings.workflow.sweep_interval_s,
                               id="sweep", misfire_grace_time=None, coalesce=True, max_instances=1)
        self._add_admin_jobs()
        self.scheduler.start()
        lmtp = self.app.settings.ingress.mode == "lmtp"
        inbound = self._receive_lmtp(stop) if lmtp else self._watch_inbox(stop)
        tasks = [asyncio.create_task(inbound, name="lmtp" if lmtp else "inbox")]
        if not self.app.db.is_sqlite:
            self.listener = OutboxListener(self.app.db.url, self.app.outbox_dirty)
            tasks.append(asyncio.create_task(self.listener.run(stop), name="outbox listener"))
        self._watching = True
        stopped = asyncio.ensure_future(stop.wait())
        # The watcher reads the mailbox first; the catch-up sweeps and the outbox wait for that read only,
        # then run beside the watcher (issue 15 item 3): a reply that arrives while thousands of
        # deadlines are caught up on is judged meanwhile, and what the sweeps queue leaves as they go.
        first_read = asyncio.ensure_future(self.app.inbox_progress.first_read(
            self.app.settings.imap.timeout_s, self.app.settings.daemon.first_read_timeout_s))
        catch_up = asyncio.create_task(self._catch_up_at_start(first_read), name="catch-up")
        tasks.append(asyncio.create_task(self._outbox_loop(stop, first_read), name="outbox"))
        fatal: Fatal | None = None
        try:
            done, _ = await asyncio.wait({stopped, catch_up, *tasks}, return_when=asyncio.FIRST_COMPLETED)
            if catch_up in done:
                catch_up.result()  # a failure here stops the daemon, as it did when it ran before the loops
                self.started.set()
                done, _ = await asyncio.wait({stopped, *tasks}, return_when=asyncio.FIRST_COMPLETED)
            fatal = _first_fatal(done - {stopped, catch_up})
        except asyncio.CancelledError:
            # Killed rather than asked to stop: abandon in-flight work; the database still holds the truth.
            for task in (*tasks, catch_up, first_read):
                task.cancel()
            raise
        finally:
            stop.set()
            stopped.cancel()
            self.app.outbox_dirty.set()
            # A catch-up under way finishes its sweeps, as a scheduled sweep does below.
            await asyncio.gather(*tasks, catch_up, first_read, return_exceptions=True)
            self.scheduler.pause()  # no new wake-ups
            async with self._sweep_lock:  # a sweep under way finishes: it is short and leaves nothing half-done
                self.scheduler.shutdown(wait=False)
            for wakeup in list(self._wakeups):
                wakeup.cancel()
            await asyncio.gather(*self._wakeups, return_exceptions=True)
        if fatal is not None:
            return await self._die(fatal)
        log.info("stopped")
        return 0

    async def _catch_up_at_start(self, first_read: asyncio.Future[bool]) -> None:
        """Once the mailbox has been read (replies that came while we were down, and our own copies that
        decide any email a kill left in doubt), run every sweep once. The read is bounded: an unreachable
        server delays the sweeps, and expiry then waits until the mailbox has been read."""
        if not await asyncio.shield(first_read):
            log.warning("inbox not read at start-up; expiry waits until it is")
        try:
            await self.sweep()  # catch up on everything that fell due while we were down
        except CredentialsRefused:
            self.app.outbox_dirty.set()  # the outbox loop retries it and stops us if it persists
        await self.digest_sweep()  # a digest whose hour passed while we were down goes out now
        await self.retention_sweep()

    async def _die(self, fatal: Fatal) -> int:
        how = await alert_admins(self.app, fatal)
        log.critical("stopping: %s", fatal.summary, extra={"part": fatal.part, "alert": how,
                                                            "exit_status": EXIT_FATAL})
        return EXIT_FATAL


async def _quiet_on_shutdown(job: Callable[[], Awaitable[object]]) -> None:
    """What APScheduler runs. A job cancelled by the scheduler's shutdown just ends: the database
    holds the truth and the next start catches up, so it is not an error worth a traceback.
    A refused SMTP login is the outbox loop's to count and act on (it stops the daemon)."""
    try:
        await job()
    except asyncio.CancelledError:
        log.debug("scheduled job cancelled at shutdown", extra={"job": getattr(job, "__name__", "?")})
    except CredentialsRefused as exc:
        log.warning("sweep could not send", extra={"error": str(exc)[:200]})


class _FailureBudget:
    """Consecutive failures of one part; past ``fatal_attempts`` they become Fatal."""

    def __init__(self, part: Part, settings: DaemonSettings) -> None:
        self.part = part
        self.settings = settings
        self.failures = 0

    def ok(self) -> None:
        if self.failures:  # the operator saw the retries: say they are over
            log.info("%s recovered", self.part, extra={"after_failures": self.failures})
        self.failures = 0

    def failed(self, detail: str) -> float:
        """Count a failure; return how long to wait before the next try, or raise Fatal."""
        self.failures += 1
        if self.failures >= max(1, self.settings.fatal_attempts):
            raise Fatal(self.part, detail)
        delay = self.settings.fatal_retry_base_s * 2 ** (self.failures - 1)
        log.warning("%s failed; retrying", self.part, extra={
            "attempt": self.failures, "of": self.settings.fatal_attempts, "retry_in_s": delay, "error": detail[:300]})
        return delay


async def _pause(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)


def _first_fatal(done: set[asyncio.Task[Any]]) -> Fatal | None:
    for task in done:
        if task.cancelled():
            continue
        exc = task.exception()
        if isinstance(exc, Fatal):
            return exc
        if exc is not None:  # a bug: stop loudly rather than run half a daemon
            log.critical("%s task failed", task.get_name(), exc_info=exc)
            return Fatal("database" if _is_database_error(exc) else "internal", _describe(exc))
    return None


def _is_database_error(exc: BaseException) -> bool:
    from sqlalchemy.exc import InterfaceError, OperationalError

    return isinstance(exc, OperationalError | InterfaceError | OSError)


def _describe(exc: BaseException) -> str:
    # SQLAlchemy appends the SQL and a documentation link; the first line is the useful part.
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0] if lines else ''}"


async def _write_probe(app: App) -> None:
    """A write that changes nothing: proves the file (or server) takes writes before we rely on it."""
    from sqlalchemy import text

    async with app.db.session() as session:
        await session.execute(text("UPDATE alembic_version SET version_num = version_num"))
        await session.commit()
