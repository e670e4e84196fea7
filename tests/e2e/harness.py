"""The product as deployed, on real servers: Dovecot (IMAP with IDLE, LMTP) behind an SMTP front.

The daemon runs for real (IDLE, outbox, sweeps); only the clock is fake, so the 36-hour window
passes when a test says so. Candidates "send" through the SMTP front like any mail client would.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import smtplib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from bot.app import App, build_app
from bot.clock import FakeClock, SystemClock
from bot.daemon import Daemon
from bot.db.models import EndorsementRequest, InboundMessage, OutboundMessage
from bot.inbound.processor import Judge
from bot.outbound import addresses
from bot.outbound.outbox import COPY_KIND
from bot.settings import Settings
from tests.workflow.world import FIXTURES, World

BOT_PASSWORD = "bot-imap-secret"
_mailboxes = itertools.count(1)
# A bound, not a timing assertion: the wait ends as soon as the condition holds. 20 s was once too
# short for a restart's mailbox read, in-doubt resolution and outbox drain in a full run on a loaded
# machine (the same test passes alone in seconds).
WAIT_S = 60.0


async def eventually(check: Callable[[], Awaitable[bool]], what: str, timeout_s: float = WAIT_S) -> None:
    """Poll until ``check`` holds; fail with ``what`` if it never does (a bound, not a timing assertion)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if await check():
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"never happened: {what}")


class Deployment:
    """One daemon (restartable) over one database, against the shared real servers."""

    def __init__(self, servers: object, tmp_path: Path, clock: FakeClock) -> None:
        self.servers = servers
        self.clock = clock
        dovecot, front = servers.dovecot, servers.smtp  # type: ignore[attr-defined]
        self.front = front
        # A mailbox of its own per deployment, so tests never see each other's mail.
        number = next(_mailboxes)
        self.bot, self.admin = f"bot{number}@bot.test", f"admin{number}@admin.test"
        dovecot.add_user(self.bot, BOT_PASSWORD)
        dovecot.add_user(self.admin, "admin-secret")
        self.settings = Settings().replace(
            bot={"address": self.bot, "name": "endorsebot"},
            # A short settle: the SMTP front delivers to Dovecot before it answers, so a copy is never late.
            smtp={"host": "127.0.0.1", "port": front.port, "security": "none", "in_doubt_settle_s": 0.5},
            imap={"host": "127.0.0.1", "port": dovecot.imap_port, "security": "none", "username": self.bot,
                  "idle": True, "poll_interval_s": 1.0, "timeout_s": 5.0, "reconnect_max_s": 1.0},
            database={"url": f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"},
            admins={"addresses": (self.admin,)},
            workflow={"sweep_interval_s": 3600.0},
        )
        self.settings = self.settings.replace(imap=_with_password(self.settings, BOT_PASSWORD))
        self.app: App | None = None
        self.daemon: Daemon | None = None
        self._stop: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self, *, judge: Judge | None = None) -> None:
        """``judge``: the daemon's default one (worker processes, as deployed) unless a test brings its own."""
        self.app = build_app(self.settings, clock=self.clock, judge=judge)
        self.daemon = daemon = Daemon(self.app)
        self._stop = asyncio.Event()
        self._task = asyncio.create_task(daemon.run(self._stop))
        await eventually(lambda: _true_when(daemon.started.is_set()), "daemon started")

    async def stop(self) -> None:
        assert self._stop and self._task and self.app
        self._stop.set()
        await asyncio.wait_for(self._task, 30)
        await self.app.close()

    async def crash(self) -> None:
        """Cancel the daemon mid-whatever, as a kill would; nothing gets a chance to tidy up."""
        assert self._task and self.app
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        await self.app.close()

    async def request(self, candidate: str, name: str = "Candidate") -> EndorsementRequest:
        assert self.app
        async with self.app.db.session() as s:
            request = await self.app.workflow.create_request(
                s, endorser_email="alice@members.example", candidate_email=candidate, candidate_name=name)
            await s.commit()
        self.app.outbox_dirty.set()
        await eventually(lambda: self._status_in(request.id, {"sent", "undeliverable"}), f"request to {candidate} sent")
        return await self.get(request.id)

    async def get(self, request_id: int | None) -> EndorsementRequest:
        assert self.app
        async with self.app.db.session() as s:
            request = await s.get(EndorsementRequest, request_id)
        assert request is not None
        return request

    async def _status_in(self, request_id: int | None, statuses: set[str]) -> bool:
        return (await self.get(request_id)).status in statuses

    async def wait_status(self, request: EndorsementRequest, *statuses: str) -> EndorsementRequest:
        try:
            await eventually(lambda: self._status_in(request.id, set(statuses)), f"request {request.id} -> {statuses}")
        except AssertionError as exc:
            seen = [(m.uid, m.kind, m.reason, m.reason_detail) for m in await self.inbound()]
            raise AssertionError(f"{exc}; status {(await self.get(request.id)).status}; inbound {seen}") from None
        return await self.get(request.id)

    async def inbound(self) -> list[InboundMessage]:
        """What others sent the bot (its own copies of what it sent are in ``copies``)."""
        assert self.app
        async with self.app.db.session() as s:
            return list(await s.scalars(select(InboundMessage).where(col(InboundMessage.kind) != COPY_KIND)
                                        .order_by(col(InboundMessage.id))))

    async def copies(self) -> list[InboundMessage]:
        """The bot's own copies of the emails it sent (Bcc to itself): the proof the server took them."""
        assert self.app
        async with self.app.db.session() as s:
            return list(await s.scalars(select(InboundMessage).where(col(InboundMessage.kind) == COPY_KIND)
                                        .order_by(col(InboundMessage.id))))

    async def wait_inbound(self, count: int) -> list[InboundMessage]:
        async def enough() -> bool:
            return len(await self.inbound()) >= count

        await eventually(enough, f"{count} inbound messages handled")
        return await self.inbound()

    async def wait_outbox_idle(self) -> None:
        async def idle() -> bool:
            return all(o.status in ("sent", "failed", "cancelled") for o in await self.outbound())

        await eventually(idle, "outbox drained")

    async def outbound(self) -> list[OutboundMessage]:
        assert self.app
        async with self.app.db.session() as s:
            return list(await s.scalars(select(OutboundMessage).order_by(col(OutboundMessage.id))))

    async def candidate_sends(self, fixture: str, request: EndorsementRequest, **extra: str) -> None:
        """The candidate's mail client submits a reply to the SMTP front, which hands it to Dovecot."""
        assert self.app
        world = World(self.app, self.clock, self.front, bot=self.bot)
        raw = await world.render(fixture, request, **extra)
        sender = extra.get("sender", request.candidate_email)
        to = extra.get("to", addresses.reply_address(self.bot, request.token))
        await asyncio.to_thread(_smtp_send, self.front.port, sender, to, raw)

    def advance(self, **kwargs: float) -> None:
        self.clock.advance(timedelta(**kwargs))

    def catch_up_with_the_server(self) -> None:
        """Set the fake clock to real time: Dovecot stamps arrivals (INTERNALDATE) with its own clock."""
        self.clock.set(SystemClock().now())


def _with_password(settings: Settings, password: str) -> dict:
    from bot.settings import Secret

    return {"password": Secret(password)}


async def _true_when(value: bool) -> bool:
    return value


def _smtp_send(port: int, sender: str, to: str, raw: bytes) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
        smtp.sendmail(sender, [to], raw)


def clock_hours_ago(hours: float) -> FakeClock:
    """A fake clock starting ``hours`` before real time. Dovecot's receipt times are real, so a test that
    needs the window to have passed starts the bot in the past and later catches up with the server."""
    return FakeClock(SystemClock().now() - timedelta(hours=hours))


@contextlib.asynccontextmanager
async def deployment(servers: object, tmp_path: Path, *, hours_ago: float = 0.0) -> AsyncIterator[Deployment]:
    d = Deployment(servers, tmp_path, clock_hours_ago(hours_ago))
    await d.start()
    try:
        yield d
    finally:
        with contextlib.suppress(Exception):
            await d.stop()


__all__ = ["FIXTURES", "Deployment", "deployment", "eventually"]
