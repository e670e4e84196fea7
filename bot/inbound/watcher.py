"""InboxWatcher: the loop that hands every message of the bot's mailbox to the inbound sink, once.

    watcher = InboxWatcher(lambda: ImapMailbox(settings.imap), sink, settings.imap)
    await watcher.run(stop_event)

Never losing a message rests on two rules (Mailman's shunt-queue lesson):
- The sink, not the watcher, remembers progress. ``sink.last_uid`` is asked on every (re)connect
  and ``sink.handle`` commits the outcome before returning, so a crash between two messages
  resumes exactly after the last committed one.
- A message whose handling fails is not skipped: the connection is dropped, we back off and the
  same UID comes round again. (The sink quarantines what it cannot process; raising means "not
  committed".)

How far the watcher has read is shared through ``InboxProgress``: the outbox waits for a catch-up
before it decides a send is lost (its own copy would be in the mailbox), and expiry waits for one
before it closes a request whose answer may still sit unread in the mailbox.

A changed UIDVALIDITY (RFC 3501 section 2.3.1.1: the old UIDs mean nothing now) makes the sink
answer 0 for the new value, so everything is fetched again and the sink de-duplicates by
Message-ID / content hash.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Protocol

from bot.clock import Clock, SystemClock
from bot.ports import FetchedMessage, Mailbox, PermanentError, TransientError
from bot.settings import ImapSettings

# The first reconnect waits about this long; each further failure doubles it up to reconnect_max_s.
FIRST_BACKOFF_S = 1.0
# Messages asked for per fetch: bounds memory when a long outage left many messages waiting.
FETCH_BATCH = 50


class InboundSink(Protocol):
    async def last_uid(self, mailbox: str, uidvalidity: int) -> int:
        """Highest UID already handled in this mailbox under this UIDVALIDITY (0 if none)."""
        ...

    async def handle(self, message: FetchedMessage) -> None:
        """Process one message and commit the outcome before returning; raise if not committed."""
        ...


def backoff_delay(failures: int, cap_s: float, jitter: float) -> float:
    """Exponential backoff with jitter in [50 %, 100 %] of the step, so many bots restarting
    together do not hammer the server in step. ``jitter`` is a number in [0, 1)."""
    step = min(cap_s, FIRST_BACKOFF_S * 2 ** max(0, failures - 1))
    return step * (0.5 + jitter / 2)


class InboxProgress:
    """How far the watcher has read, and a way to ask it to read again now.

    A catch-up hands every message the server holds to the sink; ``synced_at`` is the time (by the
    app's clock) at which the last completed catch-up began, so every message that reached the
    mailbox before then has been handled."""

    def __init__(self) -> None:
        self.synced_at: datetime | None = None
        self.synced_mono: float | None = None  # the same moment on the event loop's monotonic clock
        self.wake = asyncio.Event()  # set: the watcher leaves IDLE and catches up at once
        self._begun = 0
        self._completed = 0
        self._changed = asyncio.Event()

    def begin(self) -> tuple[int, float]:
        """A catch-up starts now; every sync asked for before this moment is answered by it."""
        self.wake.clear()
        self._begun += 1
        self._changed.set()
        self._changed = asyncio.Event()
        return self._begun, asyncio.get_running_loop().time()

    def complete(self, begun: tuple[int, float], started_at: datetime) -> None:
        number, mono = begun
        if number > self._completed:
            self._completed, self.synced_at, self.synced_mono = number, started_at, mono
            self._changed.set()
            self._changed = asyncio.Event()

    async def sync(self, timeout_s: float) -> bool:
        """Wait (at most ``timeout_s``) for a catch-up that begins after this call; False if none did,
        e.g. the server is unreachable."""
        target = self._begun + 1
        self.wake.set()
        return await self._until(lambda: self._completed >= target, timeout_s)

    async def first_read(self, begin_timeout_s: float, read_timeout_s: float) -> bool:
        """Wait for a whole read of the mailbox that begins after this call: at most ``begin_timeout_s``
        for it to begin (False if none does: the server is unreachable), then at most ``read_timeout_s``
        for it, or a later one, to finish. At start-up the read also judges the replies that came while
        the daemon was down, in worker processes that are still starting, so it may take far longer
        than a connection; emails a kill left in doubt wait for it to find their copies."""
        target = self._begun + 1
        self.wake.set()
        return (await self._until(lambda: self._begun >= target, begin_timeout_s)
                and await self._until(lambda: self._completed >= target, read_timeout_s))

    async def _until(self, holds: Callable[[], bool], timeout_s: float) -> bool:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while not holds():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            try:
                await asyncio.wait_for(self._changed.wait(), remaining)
            except TimeoutError:
                return holds()
        return True


class InboxWatcher:
    def __init__(
        self,
        open_mailbox: Callable[[], Mailbox],
        sink: InboundSink,
        settings: ImapSettings,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        logger: logging.Logger | None = None,
        jitter: Callable[[], float] = random.random,
        progress: InboxProgress | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._open_mailbox = open_mailbox
        self._sink = sink
        self._settings = settings
        self._sleep = sleep
        self._log = logger or logging.getLogger(__name__)
        self._jitter = jitter
        self.progress = progress or InboxProgress()
        self._clock = clock or SystemClock()
        self.connections = 0  # successful connects, for tests and metrics
        self.failures = 0  # consecutive failed sessions; reset once a session catches up

    async def run(self, stop: asyncio.Event) -> None:
        """Watch until ``stop`` is set. Returns promptly on stop; raises only on PermanentError
        from connecting (wrong password, missing mailbox): retrying cannot fix configuration."""
        while not stop.is_set():
            mailbox = self._open_mailbox()
            # A stop cancels whatever is in progress, even a handle() that has not committed yet:
            # uncommitted means it comes round again on the next start.
            try:
                await _until_stopped(self._session(mailbox), stop)
            except _Refused as refused:
                self._log.error("IMAP: giving up, the server refused our configuration: %s", refused.error)
                raise refused.error from None
            except TransientError as exc:
                self.failures += 1
                self._log.warning("IMAP connection failed (%s); reconnecting", exc)
            except Exception:
                self.failures += 1
                self._log.exception("inbox watcher: unexpected error; reconnecting")
            finally:
                await mailbox.close()
            if not stop.is_set() and self.failures:
                delay = backoff_delay(self.failures, self._settings.reconnect_max_s, self._jitter())
                self._log.info("IMAP: next attempt in %.1f s (failure %d)", delay, self.failures)
                await _until_stopped(self._sleep(delay), stop)
        self._log.info("inbox watcher stopped")

    async def _session(self, mailbox: Mailbox) -> None:
        """One connection: catch up, then alternate waiting for news and fetching, forever."""
        try:
            uidvalidity = await mailbox.connect()
        except PermanentError as exc:
            raise _Refused(exc) from exc
        self.connections += 1
        name = self._settings.mailbox
        last = await self._sink.last_uid(name, uidvalidity)
        self._log.info("IMAP: watching %s (uidvalidity %d) from uid %d", name, uidvalidity, last)
        while True:
            begun, started_at = self.progress.begin(), self._clock.now()
            last = await self._catch_up(mailbox, last)
            self.progress.complete(begun, started_at)
            self.failures = 0
            # Returning without news is fine: the loop fetches (cheaply) and waits again, which
            # also re-issues IDLE before servers drop it. A sync asked for meanwhile ends the wait.
            await mailbox.wait_for_news(self._settings.idle_timeout_s, wake=self.progress.wake)

    async def _catch_up(self, mailbox: Mailbox, last: int) -> int:
        """Hand every message after ``last`` to the sink in UID order; return the new last UID."""
        while True:
            batch = await mailbox.fetch_after(last, FETCH_BATCH)
            for message in batch:
                await self._sink.handle(message)
                last = message.uid
            if len(batch) < FETCH_BATCH:
                return last


class _Refused(Exception):
    """connect() failed permanently; raised out of run(). A PermanentError from anywhere else
    (a sink that cannot handle a message) is retried like any other failure."""

    def __init__(self, error: PermanentError) -> None:
        super().__init__(str(error))
        self.error = error


async def _until_stopped(work: Awaitable[None], stop: asyncio.Event) -> None:
    """Run ``work`` until it ends or ``stop`` is set (then it is cancelled); its errors propagate."""
    task = asyncio.ensure_future(work)
    stopped = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopped.cancel()
        if not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
    if task.done() and not task.cancelled():
        task.result()
