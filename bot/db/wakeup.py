"""The daemon wakes when another process queues mail (issue 12 item 6: a request leaves at once).

PostgreSQL: every transaction that queues outbox rows also says NOTIFY, which the server delivers
when (and only if) it commits; the daemon LISTENs on a connection of its own and wakes its outbox on
each notification. The connection is watched (its loss is reported by asyncpg, and a silent one is
found by a probe every PROBE_S): when it is gone the listener reconnects with capped backoff, and
meanwhile the daemon falls back to its one-second check. SQLite has nothing to listen to: the daemon
checks for due rows every second (an indexed query).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from sqlalchemy import make_url, text
from sqlalchemy.ext.asyncio import AsyncSession

log = logging.getLogger("endorsebot.wakeup")

CHANNEL = "endorsebot_outbox"
APPLICATION_NAME = "endorsebot-listen"  # how the listening connection shows in pg_stat_activity
PROBE_S = 10.0  # a connection that died without a word (a network gone) is found within this long
RECONNECT_MAX_S = 30.0


async def notify_queued(session: AsyncSession) -> None:
    """In the caller's transaction: wake every listening daemon when it commits (PostgreSQL only).
    Notifications of one transaction on one channel with one payload are delivered once."""
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})


class OutboxListener:
    """LISTEN on a connection of its own; ``wake`` is set on every notification and on every
    (re)connect (rows may have been queued while nobody listened). ``live`` says whether it listens."""

    def __init__(self, url: str, wake: asyncio.Event) -> None:
        # The asyncpg driver's own DSN: the SQLAlchemy URL without its "+asyncpg".
        self.dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        self.wake = wake
        self.live = False
        self.connections = 0  # made so far (tests see a reconnect)

    async def run(self, stop: asyncio.Event) -> None:
        """Listen until ``stop``; never raises: while it cannot listen the daemon checks every second."""
        import asyncpg

        backoff = 0.5
        while not stop.is_set():
            listened = False
            try:
                conn = await asyncpg.connect(self.dsn, timeout=PROBE_S,
                                             server_settings={"application_name": APPLICATION_NAME})
            except Exception as exc:  # refused, unreachable, a bad password
                log.warning("cannot listen for queued mail; checking every second meanwhile",
                            extra={"error": str(exc)[:200], "retry_in_s": backoff})
            else:
                self.connections += 1
                try:
                    listened = await self._listen(conn, stop)
                except Exception as exc:
                    log.warning("listening connection lost; reconnecting, checking every second meanwhile",
                                extra={"error": str(exc)[:200]})
                    listened = self.live  # it did listen: reconnect at once
                finally:
                    self.live = False
                    with contextlib.suppress(Exception):
                        await asyncio.wait_for(conn.close(), PROBE_S)
            if listened:
                backoff = 0.5
                continue
            await _wait(stop, backoff)
            backoff = min(backoff * 2, RECONNECT_MAX_S)

    async def _listen(self, conn: Any, stop: asyncio.Event) -> bool:
        lost = asyncio.Event()
        conn.add_termination_listener(lambda _conn: lost.set())
        await conn.add_listener(CHANNEL, lambda *_args: self.wake.set())
        self.live = True
        self.wake.set()  # whatever was queued while nobody listened
        log.info("listening for queued mail", extra={"channel": CHANNEL})
        while not stop.is_set():
            await _wait_any(stop, lost, PROBE_S)
            if lost.is_set():
                raise ConnectionError("the server closed the listening connection")
            if not stop.is_set():
                await conn.fetchval("SELECT 1", timeout=PROBE_S)  # raises if the connection silently died
        return True


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


async def _wait_any(first: asyncio.Event, second: asyncio.Event, seconds: float) -> None:
    waiters = [asyncio.ensure_future(first.wait()), asyncio.ensure_future(second.wait())]
    try:
        await asyncio.wait(waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
