"""The product deployed in [ingress] mode = "lmtp": a real Postfix in front, delivering to the daemon over LMTP.

The bot submits its mail to Postfix; candidates "send" through the same Postfix. Postfix hands everything
for bot.test to the daemon's LMTP listener and everything else to ``outside`` (a recording SMTP server,
the rest of the internet, which refuses bounce.test so that Postfix itself bounces to the bot).
No IMAP server is involved. The clock is fake (the window passes when a test says so); LMTP receipt
times come from it too, so a test never has to catch up with a server's clock.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.app import build_app
from bot.clock import FakeClock, SystemClock
from bot.daemon import Daemon
from bot.inbound.processor import Judge
from bot.ports import MailSender
from bot.sandbox.smtp import SmtpFront
from bot.settings import Settings
from tests.e2e.harness import Deployment, eventually
from tests.servers.ports import free_port
from tests.servers.postfix import PostfixServer


@dataclass
class PostfixWorld:
    """A private Postfix whose bot.test transport is LMTP to ``lmtp_port`` (where the daemon listens)."""

    postfix: PostfixServer
    outside: SmtpFront
    lmtp_port: int

    @property
    def smtp(self) -> PostfixServer:  # what Deployment calls the front: where mail is submitted
        return self.postfix

    def flush_command(self) -> str:
        return f"/usr/sbin/postqueue -c {self.postfix.conf} -f"


@contextlib.asynccontextmanager
async def running_postfix_world(extra_main_cf: str = "") -> AsyncIterator[PostfixWorld]:
    async def nowhere(_sender: str, _rcpt: str, _data: bytes) -> None:
        raise LookupError("no local mailboxes outside")

    outside = SmtpFront(deliver=nowhere, local_domains=frozenset(), reject_domains=frozenset({"bounce.test"}))
    await outside.start()
    lmtp_port = free_port()
    postfix = PostfixServer(lmtp_target=f"inet:127.0.0.1:{lmtp_port}", relay_port=outside.port, extra=extra_main_cf)
    try:
        await asyncio.to_thread(postfix.start)
        yield PostfixWorld(postfix, outside, lmtp_port)
    finally:
        await asyncio.to_thread(postfix.cleanup)
        await outside.stop()


@pytest.fixture
async def postfix_world() -> AsyncIterator[PostfixWorld]:
    async with running_postfix_world() as world:
        yield world


class GatedJudge:
    """The real judge behind a gate a test can close: a delivery then waits inside the pipeline, before
    anything is committed, with Postfix waiting for its 250."""

    def __init__(self, judge: Judge) -> None:
        self.judge_ = judge
        # Messages are parsed in the real judge's worker processes, as the daemon does (bot/app.py).
        self.pool = getattr(judge, "pool", None)
        self.open = asyncio.Event()
        self.open.set()
        self.waiting = asyncio.Event()
        self.calls = 0

    async def judge(self, mail: object) -> object:
        self.calls += 1
        self.waiting.set()
        await self.open.wait()
        return await self.judge_.judge(mail)  # type: ignore[arg-type]

    def start(self) -> None:
        getattr(self.judge_, "start", lambda: None)()

    async def close(self) -> None:
        close = getattr(self.judge_, "close", None)
        if close is not None:
            await close()


class LmtpDeployment(Deployment):
    """One daemon in LMTP mode behind the world's Postfix; restartable on the same listen address."""

    def __init__(self, world: PostfixWorld, tmp_path: Path, clock: FakeClock, **ingress: object) -> None:
        # Deployment's own __init__ provisions Dovecot mailboxes: nothing of that applies here.
        self.servers = world
        self.world = world
        self.clock = clock
        self.front = world.postfix  # candidates submit here (.port)
        number = next(_numbers)
        self.bot, self.admin = f"bot{number}@bot.test", f"admin{number}@admin.test"
        self.settings = Settings().replace(
            bot={"address": self.bot, "name": "endorsebot"},
            smtp={"host": "127.0.0.1", "port": world.postfix.port, "security": "none", "in_doubt_settle_s": 2.0},
            ingress={"mode": "lmtp", "listen": f"127.0.0.1:{world.lmtp_port}",
                     "flush_command": world.flush_command(), **ingress},
            database={"url": f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"},
            admins={"addresses": (self.admin,)},
            workflow={"sweep_interval_s": 3600.0},
        )
        self.app = None
        self.daemon = None
        self._stop = None
        self._task = None
        self.gate: GatedJudge | None = None

    async def start(self, *, judge: Judge | None = None, gated: bool = False,
                    open_sender: Callable[[], MailSender] | None = None) -> None:
        from bot.app import default_judge
        from bot.db.engine import Database

        chosen: object = judge
        if gated:
            self.gate = GatedJudge(judge or default_judge(self.settings, self.clock,
                                                          Database(self.settings.database.url)))
            chosen = self.gate
        self.app = build_app(self.settings, clock=self.clock, judge=chosen,  # type: ignore[arg-type]
                             open_sender=open_sender)
        self.daemon = daemon = Daemon(self.app)
        self._stop = asyncio.Event()
        self._task = asyncio.create_task(daemon.run(self._stop))

        async def started() -> bool:
            if self._task is not None and self._task.done():
                self._task.result()  # a daemon that stopped at start-up shows why
            return daemon.started.is_set()

        await eventually(started, "daemon started")

    def outside_mail(self, address: str) -> list[bytes]:
        return self.world.outside.outside.get(address, [])

    def maillog(self) -> str:
        try:
            return self.world.postfix.maillog.read_text(errors="replace")
        except OSError:
            return ""


def _counter() -> Iterator[int]:
    n = 1
    while True:
        yield n
        n += 1


_numbers = _counter()


def real_now_clock() -> FakeClock:
    return FakeClock(SystemClock().now())


@contextlib.asynccontextmanager
async def lmtp_deployment(world: PostfixWorld, tmp_path: Path, **ingress: object) -> AsyncIterator[LmtpDeployment]:
    d = LmtpDeployment(world, tmp_path, real_now_clock(), **ingress)
    await d.start()
    try:
        yield d
    finally:
        with contextlib.suppress(Exception):
            await d.stop()


__all__ = ["GatedJudge", "LmtpDeployment", "PostfixWorld", "eventually", "lmtp_deployment", "postfix_world",
           "running_postfix_world"]
