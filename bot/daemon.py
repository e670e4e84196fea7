"""`endorsebot run`: watch the inbox, send the outbox, wake the sweeps. Stops cleanly on SIGTERM/SIGINT.

The database holds every deadline; APScheduler only decides when to look. Sweeps are idempotent, so a
sweep that runs twice, or late after a restart, does the right thing once. At start-up every sweep
runs once, which acts on deadlines that passed while the daemon was down.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import func
from sqlmodel import col, select

from bot.app import App
from bot.clock import SystemClock
from bot.db.models import EndorsementRequest
from bot.domain.status import Status
from bot.inbox import InboxWatcher
from bot.ports import FetchedMessage

log = logging.getLogger("endorsebot.daemon")
# APScheduler fires on wall-clock time, whatever the app clock says (the demo shifts it).
_WALL = SystemClock()


class _NotifyingSink:
    """Wakes the outbox after each inbound message: an outcome email should not wait for a timer."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def last_uid(self, mailbox: str, uidvalidity: int) -> int:
        return await self.app.processor.last_uid(mailbox, uidvalidity)

    async def handle(self, message: FetchedMessage) -> None:
        await self.app.processor.handle(message)
        self.app.outbox_dirty.set()


class Daemon:
    def __init__(self, app: App) -> None:
        self.app = app
        self.scheduler = AsyncIOScheduler(timezone=UTC)
        self._sweep_lock = asyncio.Lock()
        self._wakeups: set[asyncio.Task[None]] = set()

    async def sweep(self) -> dict[str, int]:
        """Reminders, expiry, then the outbox. Safe to call at any time, any number of times."""
        async with self._sweep_lock:
            reminded = await self.app.workflow.send_due_reminders()
            expired = await self.app.workflow.expire_overdue()
            sent = await self.app.outbox.flush()
        if reminded or expired or sent:
            log.info("sweep", extra={"reminded": reminded, "expired": expired, "sent": sent})
        self._schedule_next_deadline()
        return {"reminded": reminded, "expired": expired, "sent": sent}

    def _schedule_next_deadline(self) -> None:
        """Wake exactly at the next deadline instead of waiting for the next interval tick."""
        if not self.scheduler.running:
            return
        task = asyncio.get_running_loop().create_task(self._plan_wakeup())
        self._wakeups.add(task)
        task.add_done_callback(self._wakeups.discard)

    async def _plan_wakeup(self) -> None:
        async with self.app.db.session() as session:
            nxt = await session.scalar(
                select(func.min(col(EndorsementRequest.deadline_at)))
                .where(col(EndorsementRequest.status).in_([Status.SENT.value, Status.REMINDED.value,
                                                           Status.REPLIED.value]))
            )
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

        result = await retention_sweep(self.app.db, self.app.clock, self.app.settings.privacy)
        if result.raw_deleted or result.outbox_bodies_deleted:
            log.info("retention", extra={"raw_deleted": result.raw_deleted,
                                         "outbox_bodies_deleted": result.outbox_bodies_deleted})

    def _add_admin_jobs(self) -> None:
        digest = self.app.settings.digest
        # misfire_grace_time=None + coalesce: a digest hour missed while busy runs once, not never.
        self.scheduler.add_job(_quiet_on_shutdown, "cron", args=[self.digest_sweep], hour=digest.hour, minute=0,
                               timezone=digest.timezone, id="digest", misfire_grace_time=None, coalesce=True,
                               max_instances=1)
        self.scheduler.add_job(_quiet_on_shutdown, "interval", args=[self.retention_sweep], hours=1, id="retention",
                               misfire_grace_time=None, coalesce=True, max_instances=1)

    async def _outbox_loop(self, stop: asyncio.Event) -> None:
        dirty = self.app.outbox_dirty
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(dirty.wait(), timeout=self.app.settings.workflow.sweep_interval_s)
            dirty.clear()
            if stop.is_set():
                return
            try:
                await self.app.outbox.flush()
            except Exception:
                log.exception("outbox flush failed; will retry")

    async def run(self, stop: asyncio.Event) -> None:
        await self.app.db.create_schema()
        log.info("starting", extra={"mailbox": self.app.settings.imap.mailbox, "bot": self.app.settings.bot.address})
        # misfire_grace_time=None + coalesce: a tick missed while busy or down runs once, not never.
        self.scheduler.add_job(_quiet_on_shutdown, "interval", args=[self.sweep],
                               seconds=self.app.settings.workflow.sweep_interval_s,
                               id="sweep", misfire_grace_time=None, coalesce=True, max_instances=1)
        self._add_admin_jobs()
        self.scheduler.start()
        await self.sweep()  # catch up on everything that fell due while we were down
        await self.digest_sweep()  # a digest whose hour passed while we were down goes out now
        await self.retention_sweep()
        watcher = InboxWatcher(self.app.open_mailbox, _NotifyingSink(self.app), self.app.settings.imap)
        tasks = [asyncio.create_task(watcher.run(stop), name="inbox"),
                 asyncio.create_task(self._outbox_loop(stop), name="outbox")]
        try:
            await stop.wait()
        except asyncio.CancelledError:
            # Killed rather than asked to stop: abandon in-flight work; the database still holds the truth.
            for task in tasks:
                task.cancel()
            raise
        finally:
            stop.set()
            self.app.outbox_dirty.set()
            await asyncio.gather(*tasks, return_exceptions=True)
            self.scheduler.pause()  # no new wake-ups
            async with self._sweep_lock:  # a sweep under way finishes: it is short and leaves nothing half-done
                self.scheduler.shutdown(wait=False)
            for wakeup in list(self._wakeups):
                wakeup.cancel()
            await asyncio.gather(*self._wakeups, return_exceptions=True)
            log.info("stopped")


async def _quiet_on_shutdown(job: Callable[[], Awaitable[object]]) -> None:
    """What APScheduler runs. A job cancelled by the scheduler's shutdown just ends: the database
    holds the truth and the next start catches up, so it is not an error worth a traceback."""
    try:
        await job()
    except asyncio.CancelledError:
        log.debug("scheduled job cancelled at shutdown", extra={"job": getattr(job, "__name__", "?")})
