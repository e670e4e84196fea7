"""A chaos campaign on real servers (issue 12): the daemon killed at random and at chosen moments, the mail
servers restarted, while candidates answer. ``bench/chaos.py`` runs it and prints the figures;
``tests/e2e/test_chaos.py`` runs a small one with a fixed seed.

The parts, all real:
- Dovecot (IMAP with IDLE, LMTP) from tests/servers/dovecot.py: the bot's mailbox and every person's;
- ``QueueFront``: an aiosmtpd SMTP server that behaves like Postfix: it takes a message into its queue,
  answers 250, and delivers afterwards over LMTP, in order, retrying while Dovecot is down (so a copy can
  arrive late), bouncing what a domain refuses;
- the daemon as deployed: ``endorsebot run`` (bot.cli.main) in a child process, killed with SIGKILL. The
  children fork from a server process that imported the package once, so a restart costs no import time.

Kills: at a random moment; a few ms after the server took one of the bot's emails, or before the 250
reached it; while a reply is being read and judged; at a deadline (the expiry sweep); during the start-up
catch-up. Server faults: Dovecot killed and started again, down for a while, its UIDVALIDITY changed; the
SMTP server down for a while (mail clients and the bot retry).

The verdicts come from the servers, never from the daemon's own account: each person's mailbox is read
from disk (deliveries per Message-ID), each reply's arrival time is the time the server delivered it to
the bot's mailbox, and each candidate's expected outcome follows from what they wrote and when it arrived.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import multiprocessing
import os
import random
import signal
import smtplib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from email.utils import format_datetime, make_msgid, parseaddr
from pathlib import Path
from typing import Any, Literal

from aiosmtpd.smtp import Envelope, Session
from sqlmodel import col

from bot.sandbox.dsn import FailedRecipient, build_dsn
from bot.sandbox.smtp import SmtpFront, _received, domain_of
from tests.servers.dovecot import DovecotServer

BOT = "bot@bot.test"
BOT_PASSWORD = "chaos-bot-secret"
ADMIN = "admin@admin.test"
LOCAL_DOMAINS = frozenset({"bot.test", "admin.test", "cand.test", "members.test"})
BOUNCE_DOMAINS = frozenset({"bounce.test"})
Plan = Literal["good", "poor", "silent", "bounce", "two_step"]
EXPECTED: dict[str, str] = {"good": "passed", "poor": "failed", "silent": "expired", "bounce": "undeliverable",
                            "two_step": "passed"}
PLANS: tuple[Plan, ...] = ("good", "good", "good", "poor", "poor", "silent", "bounce", "two_step", "two_step")
FINAL = frozenset({"passed", "failed", "needs_review", "expired", "undeliverable", "withdrawn"})

GOOD = """Hi! Happy to answer.

For scheduling I use Hootsuite, and I design every post in Canva. For reporting I rely on Google Analytics
and Instagram Insights.

Each week I track engagement rate, reach, click-through rate and follower growth, and for support threads
our average response time.

My tip for angry customers: acknowledge their frustration publicly, apologise, and then move the
conversation to DMs so you can solve the problem one to one.

Thanks
"""
POOR = """Hello, I mostly just post on Instagram and TikTok whenever I have time.
I think it's important to be creative and post regularly.
"""
FIRST_STEP = """Hi, a first part while I think about the rest: for scheduling I use Hootsuite, and I design
every post in Canva.
"""
SECOND_STEP = """And the rest: each week I track engagement rate, reach, click-through rate and follower growth.

My tip for angry customers: acknowledge their frustration publicly, apologise, and then move the
conversation to DMs so you can solve the problem one to one.
"""


# ---- the SMTP server: a queue, like Postfix -----------------------------------------------------------

@dataclasses.dataclass
class _Queued:
    sender: str
    pending: list[str]
    data: bytes
    arrival: datetime
    failed: list[FailedRecipient] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Delivery:
    recipient: str
    data: bytes
    at: datetime  # when the message reached the mailbox (what IMAP's INTERNALDATE says, to the second)


class QueueFront(SmtpFront):
    """Takes a message into its queue, answers 250, then delivers in order (retrying while the
    mailbox server is down). ``on_accept`` runs before the 250 goes out: a kill there is a kill
    after the server took the message and before the client heard so."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.on_accept: Callable[[str, tuple[str, ...], bytes], Awaitable[None]] | None = None
        self.on_delivered: Callable[[Delivery], None] | None = None
        self.deliveries: list[Delivery] = []
        self._queue: collections.deque[_Queued] = collections.deque()
        self._wake = asyncio.Event()
        self._delivering = asyncio.Lock()  # held while an LMTP delivery runs: restarts wait for it
        self._task: asyncio.Task[None] | None = None

    @property
    def queued(self) -> int:
        return len(self._queue)

    async def _accept(self, session: Session, envelope: Envelope) -> None:
        arrival = self._clock.now()
        sender = "" if envelope.mail_from in (None, "<>") else str(envelope.mail_from)
        recipients = tuple(envelope.rcpt_tos)
        data = _received(session, self.hostname, "CHAOS", recipients, arrival) + (envelope.original_content or b"")
        self.accepted.append((sender, recipients, data))
        self._queue.append(_Queued(sender, list(recipients), data, arrival))
        self._wake.set()
        if self.on_accept is not None:
            await self.on_accept(sender, recipients, data)

    def start_delivery(self) -> None:
        self._task = asyncio.create_task(self._deliver_forever(), name="queue")

    async def stop_delivery(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    @contextlib.asynccontextmanager
    async def delivery_paused(self) -> AsyncIterator[None]:
        """No LMTP delivery runs meanwhile: a Dovecot restart never cuts one in half (which would make
        the server, not the bot, deliver a message twice)."""
        async with self._delivering:
            yield

    async def hold_deliveries(self) -> None:
        """Mail is taken and queued but not delivered until ``release_deliveries`` (a deferred queue)."""
        await self._delivering.acquire()

    def release_deliveries(self) -> None:
        self._delivering.release()

    async def _deliver_forever(self) -> None:
        while True:
            if not self._queue:
                self._wake.clear()
                await self._wake.wait()
                continue
            item = self._queue[0]
            while item.pending:
                rcpt = item.pending[0]
                try:
                    async with self._delivering:
                        failure = await self._route(item.sender, rcpt, item.data)
                except ConnectionError:
                    await asyncio.sleep(0.25)  # the mailbox server is down: keep the order, try again
                    continue
                item.pending.pop(0)
                if failure is not None:
                    item.failed.append(failure)
                elif domain_of(rcpt) in self.local_domains:
                    delivery = Delivery(rcpt.lower(), item.data, datetime.now(UTC))
                    self.deliveries.append(delivery)
                    if self.on_delivered is not None:
                        self.on_delivered(delivery)
            self._queue.popleft()
            if item.failed and item.sender:
                now = self._clock.now()
                dsn = build_dsn(reporting_host=self.hostname, envelope_to=item.sender, failed=item.failed,
                                original=item.data, arrival=item.arrival, now=now)
                trace = f"Received: by {self.hostname} (chaos queue); {format_datetime(now)}\r\n".encode()
                self._queue.append(_Queued("", [item.sender], trace + dsn, now))


# ---- the daemon, killed for real ------------------------------------------------------------------------

def daemon_main(config: str, log_path: str, env: dict[str, str]) -> None:
    """A child process: ``endorsebot --config CONFIG run``, its log lines to ``log_path``."""
    os.environ.update(env)
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(fd, 2)
    os.dup2(fd, 1)
    from bot.cli import main

    code = main(["--config", config, "run", "--log-format", "json"])
    os._exit(code)


_PRELOAD = ["bot.cli", "bot.commands.run", "bot.app", "bot.daemon", "bot.adapters.imap", "bot.adapters.smtp",
            "bot.evaluation.evaluator", "bot.db.migrate", "tests.e2e.chaos"]


def forkserver() -> Any:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(_PRELOAD)
    return ctx


class DaemonProcess:
    def __init__(self, ctx: Any, config: Path, log_path: Path, env: dict[str, str]) -> None:
        self.ctx, self.config, self.log_path, self.env = ctx, config, log_path, env
        self.proc: Any = None
        self.started_mono = 0.0
        self.exits: list[int] = []  # exit codes of runs that ended on their own (not killed by us)

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.is_alive()

    def start(self) -> None:
        self.reap()
        self.proc = self.ctx.Process(target=daemon_main, args=(str(self.config), str(self.log_path), self.env),
                                     daemon=False)
        self.proc.start()
        self.started_mono = time.monotonic()

    def reap(self) -> None:
        """Note a run that ended by itself (a fatal stop) and forget it."""
        if self.proc is not None and not self.proc.is_alive():
            self.proc.join()
            if self.proc.exitcode not in (-signal.SIGKILL, -signal.SIGTERM, 0):
                self.exits.append(self.proc.exitcode)
            self.proc = None

    def kill(self) -> bool:
        if not self.alive:
            return False
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.join()
        self.proc = None
        return True

    def stop(self) -> int | None:
        if not self.alive:
            return None
        self.proc.terminate()
        self.proc.join(60)
        if self.proc.is_alive():
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.join()
        code: int | None = self.proc.exitcode
        self.proc = None
        return code


# ---- the campaign -----------------------------------------------------------------------------------------

@dataclasses.dataclass
class Candidate:
    number: int
    plan: Plan
    address: str
    endorser: str
    request_id: int | None = None
    answered: bool = False
    reply_ids: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Figures:
    kills: int = 0
    kills_by_moment: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    server_faults: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    requests: int = 0
    replies: int = 0
    lost: int = 0
    duplicates: int = 0
    duplicate_bot_copies: int = 0
    logical_duplicates: int = 0
    wrong: int = 0
    late_by_servers: int = 0
    not_final: int = 0
    daemon_exits: list[int] = dataclasses.field(default_factory=list)
    request_delays_s: list[float] = dataclasses.field(default_factory=list)  # request queued -> in the mailbox
    problems: list[str] = dataclasses.field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicates or self.logical_duplicates or self.wrong or self.not_final)

    def lines(self) -> list[str]:
        moments = ", ".join(f"{k} {v}" for k, v in sorted(self.kills_by_moment.items()))
        faults = ", ".join(f"{k} {v}" for k, v in sorted(self.server_faults.items())) or "none"
        out = [
            f"kills: {self.kills} ({moments})",
            f"server faults: {faults}",
            f"requests: {self.requests}, candidate replies: {self.replies}",
            f"lost replies: {self.lost}",
            f"duplicate emails (same Message-ID twice in a person's mailbox): {self.duplicates}",
            f"the same request/reminder/ack twice under new Message-IDs: {self.logical_duplicates}",
            f"wrong outcomes: {self.wrong}",
            f"requests not finished at the end: {self.not_final}",
            f"bot's own copies delivered twice (no person involved): {self.duplicate_bot_copies}",
            f"replies the servers delivered after the deadline (expected expired): {self.late_by_servers}",
            f"request queued -> in the candidate's mailbox: {_spread(self.request_delays_s)}",
            f"daemon runs that stopped by themselves: {len(self.daemon_exits)} {self.daemon_exits or ''}".rstrip(),
            f"wall time: {self.seconds:.0f} s",
        ]
        return out + [f"  ! {p}" for p in self.problems]


@dataclasses.dataclass(frozen=True)
class CampaignSettings:
    kills: int = 100
    seed: int = 1
    requests: int = 0  # 0: about one per two kills, at least 6
    window_s: float = 60.0
    server_faults: bool = True
    fault_rate: float = 0.2  # chance of a server fault after each kill
    database_url: str = ""  # default: a SQLite file in the work folder
    instances: int = 1  # more than one needs PostgreSQL
    verbose: bool = False

    @property
    def request_count(self) -> int:
        return self.requests or max(6, self.kills // 2)


class Campaign:
    def __init__(self, settings: CampaignSettings, workdir: Path) -> None:
        self.s = settings
        self.rng = random.Random(settings.seed)
        self.workdir = workdir
        self.figures = Figures()
        self.dovecot = DovecotServer()  # its own temp folder: Dovecot's login processes must reach it
        self.front: QueueFront | None = None
        self.candidates: list[Candidate] = []
        self.daemons: list[DaemonProcess] = []
        self.app: Any = None
        self._seen_files: set[str] = set()
        self._tasks: list[asyncio.Task[Any]] = []
        self._reply_arrivals: dict[str, datetime] = {}  # reply Message-ID -> delivered to the bot's mailbox
        self._bot_deliveries = asyncio.Event()
        self._closing = False

    def say(self, text: str) -> None:
        if self.s.verbose:
            print(f"{time.strftime('%H:%M:%S')} {text}", flush=True)

    # -- set-up ------------------------------------------------------------------------------------------

    async def setup(self) -> None:
        n = self.s.request_count
        people = {BOT: BOT_PASSWORD, ADMIN: "admin-pw"}
        for i in range(n):
            plan = PLANS[self.rng.randrange(len(PLANS))]
            domain = "bounce.test" if plan == "bounce" else "cand.test"
            c = Candidate(i + 1, plan, f"cand{i + 1}@{domain}", f"endorser{i % 7 + 1}@members.test")
            self.candidates.append(c)
            if plan != "bounce":
                people[c.address] = "pw"
            people[c.endorser] = "pw"
        self.dovecot.add_users(people)
        self.dovecot.start()
        self.front = QueueFront(deliver=self.dovecot.deliver, local_domains=LOCAL_DOMAINS,
                                bounce_domains=BOUNCE_DOMAINS)
        self.front.on_delivered = self._delivered
        await self.front.start()
        self.front.start_delivery()
        config = self._write_config()
        ctx = forkserver()
        env = {"ENDORSEBOT_IMAP_PASSWORD": BOT_PASSWORD, "ENDORSEBOT_BOT_SECRET": "chaos-" + "s" * 40}
        os.environ.update(env)
        for i in range(self.s.instances):
            self.daemons.append(DaemonProcess(ctx, config, self.workdir / f"daemon{i + 1}.log", env))
        from bot.app import build_app
        from bot.settings import load_settings

        settings = load_settings(config)
        self.app = build_app(settings)
        await self.app.db.create_schema()

    def _write_config(self) -> Path:
        assert self.front is not None
        url = self.s.database_url or f"sqlite+aiosqlite:///{self.workdir / 'bot.sqlite3'}"
        window_h = self.s.window_s / 3600
        text = f"""
[bot]
address = "{BOT}"
name = "endorsebot"
[smtp]
host = "127.0.0.1"
port = {self.front.port}
security = "none"
timeout_s = 5.0
retry_base_s = 1.0
max_attempts = 30
[imap]
host = "127.0.0.1"
port = {self.dovecot.imap_port}
security = "none"
username = "{BOT}"
idle = true
poll_interval_s = 1.0
timeout_s = 5.0
reconnect_max_s = 2.0
[database]
url = "{url}"
[workflow]
window_hours = {window_h!r}
reminder_hours_before = [{window_h / 2!r}]
sweep_interval_s = 5.0
[admins]
addresses = ["{ADMIN}"]
[security]
verify_dkim = false
max_inbound_per_sender_per_hour = 1000
[daemon]
fatal_attempts = 1000
fatal_retry_base_s = 0.5
"""
        path = self.workdir / "config.toml"
        path.write_text(text)
        return path

    # -- the people --------------------------------------------------------------------------------------

    def _delivered(self, delivery: Delivery) -> None:
        local, _, domain = delivery.recipient.partition("@")
        if f"{local.split('+', 1)[0]}@{domain}" == BOT:
            mid = _header(delivery.data, "Message-ID")
            if mid and mid not in self._reply_arrivals:
                self._reply_arrivals[mid] = delivery.at
            self._bot_deliveries.set()

    async def _create_request(self, c: Candidate) -> None:
        async with self.app.db.session() as s:
            request = await self.app.workflow.create_request(
                s, endorser_email=c.endorser, candidate_email=c.address, candidate_name=f"Candidate {c.number}")
            await s.commit()
        c.request_id = request.id
        self.figures.requests += 1
        self.say(f"request {request.id} for {c.address} ({c.plan})")

    async def _candidates_read_mail(self) -> None:
        """Each candidate answers the first email from the bot that carries a reply address, after a while."""
        by_address = {c.address: c for c in self.candidates}
        while True:
            for c in self.candidates:
                if c.answered or c.plan in ("silent", "bounce"):
                    continue
                for path in _maildir_files(self.dovecot.maildir(c.address)):
                    if path.name in self._seen_files:
                        continue
                    self._seen_files.add(path.name)
                    with contextlib.suppress(FileNotFoundError):
                        message = BytesParser(policy=default_policy).parsebytes(path.read_bytes())
                        if "+" in str(message.get("Reply-To", "")) and not c.answered:
                            c.answered = True
                            self._tasks.append(asyncio.create_task(self._answer(by_address[c.address], message)))
            await asyncio.sleep(0.2)

    async def _answer(self, c: Candidate, request: EmailMessage) -> None:
        await asyncio.sleep(self.rng.uniform(0.5, min(15.0, self.s.window_s / 4)))
        texts = {"good": [GOOD], "poor": [POOR], "two_step": [FIRST_STEP, SECOND_STEP]}[c.plan]
        for i, text in enumerate(texts):
            if i:
                await asyncio.sleep(self.rng.uniform(1.0, 6.0))
            reply = EmailMessage()
            reply["From"] = f"Candidate {c.number} <{c.address}>"
            reply["To"] = str(request["Reply-To"])
            reply["Subject"] = "Re: " + str(request["Subject"])
            reply["Date"] = format_datetime(datetime.now(UTC))
            reply["Message-ID"] = mid = make_msgid(domain="cand.test")
            reply["In-Reply-To"] = reply["References"] = str(request["Message-ID"])
            reply.set_content(text)
            c.reply_ids.append(mid)
            self.figures.replies += 1
            await self._submit(c.address, parseaddr(str(request["Reply-To"]))[1], bytes(reply))
            self.say(f"{c.address} answered request {c.request_id} ({c.plan} {i + 1}/{len(texts)})")

    async def _submit(self, sender: str, to: str, raw: bytes) -> None:
        """A mail client's outbox: tries until the SMTP server takes it."""
        assert self.front is not None
        while True:
            try:
                await asyncio.to_thread(_smtp_send, self.front.port, sender, to, raw)
                return
            except (OSError, smtplib.SMTPException):
                await asyncio.sleep(0.3)

    # -- faults --------------------------------------------------------------------------------------------

    def _daemon(self) -> DaemonProcess:
        return self.daemons[self.rng.randrange(len(self.daemons))]

    def _start_all(self) -> None:
        for d in self.daemons:
            d.reap()
            if not d.alive:
                d.start()

    async def _kill(self, d: DaemonProcess, moment: str) -> None:
        if d.kill():
            self.figures.kills += 1
            self.figures.kills_by_moment[moment] += 1
            self.say(f"kill #{self.figures.kills} ({moment})")

    async def _random_kill(self) -> None:
        await asyncio.sleep(self.rng.uniform(0.2, 4.0))
        await self._kill(self._daemon(), "random")

    async def _kill_at_acceptance(self) -> None:
        """The next email the bot hands over: killed before the 250 reaches it, or a few ms after."""
        assert self.front is not None
        d = self._daemon()
        before = self.rng.random() < 0.5
        after_ms = self.rng.uniform(0, 30)
        fired = asyncio.Event()
        killed: list[bool] = []

        async def hook(sender: str, recipients: tuple[str, ...], data: bytes) -> None:
            if fired.is_set() or not sender.startswith("bot"):
                return
            fired.set()
            if not before:
                asyncio.get_running_loop().call_later(after_ms / 1000, lambda: killed.append(d.kill()))
                return
            killed.append(d.kill())

        self.front.on_accept = hook
        try:
            await asyncio.wait_for(fired.wait(), 10)
        except TimeoutError:
            self.front.on_accept = None
            await self._kill(d, "random")
            return
        self.front.on_accept = None
        await asyncio.sleep(0.05)
        if any(killed):
            self.figures.kills += 1
            moment = "before 250" if before else "after acceptance"
            self.figures.kills_by_moment[moment] += 1
            self.say(f"kill #{self.figures.kills} ({moment})")

    async def _kill_while_judging(self) -> None:
        """A candidate's reply reached the bot's mailbox: killed while the daemon reads and judges it."""
        self._bot_deliveries.clear()
        try:
            await asyncio.wait_for(self._bot_deliveries.wait(), 10)
        except TimeoutError:
            await self._kill(self._daemon(), "random")
            return
        await asyncio.sleep(self.rng.uniform(0.3, 1.2))
        await self._kill(self._daemon(), "while reading mail")

    async def _kill_at_deadline(self) -> None:
        """Killed around the next deadline (the expiry sweep wakes there), and kept down across it."""
        from sqlalchemy import func, select

        from bot.db.models import EndorsementRequest

        now = datetime.now(UTC)
        async with self.app.db.session() as s:
            nxt = await s.scalar(select(func.min(col(EndorsementRequest.deadline_at)))
                                 .where(col(EndorsementRequest.status).in_(("sent", "reminded", "replied")))
                                 .where(col(EndorsementRequest.deadline_at) > now))
        if nxt is None or (_aware(nxt) - now) > timedelta(seconds=20):
            await self._random_kill()
            return
        await asyncio.sleep(max(0.0, (_aware(nxt) - now).total_seconds() + self.rng.uniform(-0.3, 0.5)))
        await self._kill(self._daemon(), "at a deadline")
        await asyncio.sleep(self.rng.uniform(0.0, 3.0))

    async def _kill_at_start(self) -> None:
        d = self._daemon()
        await asyncio.sleep(self.rng.uniform(0.05, 1.5))
        await self._kill(d, "during start-up")

    async def _server_fault(self) -> None:
        assert self.front is not None
        roll = self.rng.random()
        if roll < 0.35:
            self.figures.server_faults["dovecot restarted"] += 1
            async with self.front.delivery_paused():
                await asyncio.to_thread(self.dovecot.restart)
        elif roll < 0.55:
            self.figures.server_faults["dovecot down for a while"] += 1
            async with self.front.delivery_paused():
                await asyncio.to_thread(self.dovecot.kill)
            await asyncio.sleep(self.rng.uniform(1.0, 5.0))
            async with self.front.delivery_paused():
                await asyncio.to_thread(self.dovecot.start)
        elif roll < 0.65:
            self.figures.server_faults["UIDVALIDITY changed"] += 1
            async with self.front.delivery_paused():
                await asyncio.to_thread(self._new_uidvalidity)
        else:
            self.figures.server_faults["SMTP server down for a while"] += 1
            await self.front.stop()
            await asyncio.sleep(self.rng.uniform(1.0, 5.0))
            await self.front.start()
        self.say(f"server fault: {sorted(self.figures.server_faults.items())}")

    def _new_uidvalidity(self) -> None:
        """Dovecot stopped, the bot's uidlist removed: it starts again with a new UIDVALIDITY and new UIDs
        (RFC 3501 2.3.1.1), as after a restore from backup."""
        self.dovecot.kill()
        for name in ("dovecot-uidlist", "dovecot-uidvalidity"):
            (self.dovecot.maildir(BOT) / name).unlink(missing_ok=True)
        for extra in self.dovecot.maildir(BOT).glob("dovecot-uidvalidity.*"):
            extra.unlink(missing_ok=True)
        for index in self.dovecot.maildir(BOT).glob("dovecot.index*"):
            index.unlink(missing_ok=True)
        self.dovecot.start()

    # -- the run -------------------------------------------------------------------------------------------

    async def run(self) -> Figures:
        started = time.monotonic()
        await self.setup()
        readers = asyncio.create_task(self._candidates_read_mail())
        try:
            await self._chaos()
            await self._settle()
        finally:
            readers.cancel()
            for d in self.daemons:
                d.stop()
            for task in self._tasks:
                task.cancel()
            await asyncio.gather(readers, *self._tasks, return_exceptions=True)
        await self._count()
        self.figures.seconds = time.monotonic() - started
        return self.figures

    async def _chaos(self) -> None:
        n, requests = self.s.kills, self.s.request_count
        moments: list[tuple[float, Callable[[], Awaitable[None]]]] = [
            (0.35, self._random_kill), (0.25, self._kill_at_acceptance), (0.15, self._kill_while_judging),
            (0.10, self._kill_at_deadline), (0.15, self._kill_at_start)]
        created = 0
        while self.figures.kills < n:
            self._start_all()
            while created < requests and created < requests * (self.figures.kills + 1) / max(1, n) + 2:
                await self._create_request(self.candidates[created])
                created += 1
            roll, chosen = self.rng.random(), moments[0][1]
            for weight, action in moments:
                if roll < weight:
                    chosen = action
                    break
                roll -= weight
            await chosen()
            await asyncio.sleep(self.rng.uniform(0.0, 2.0))  # down for a moment
            # The last kill brings a server fault if none came by chance: a campaign is meant to try both,
            # and which moments are chosen depends on timing (a kill waits for its moment), so a seed alone
            # does not promise one.
            last_without_fault = self.figures.kills >= n and not self.figures.server_faults
            if self.s.server_faults and (self.rng.random() < self.s.fault_rate or last_without_fault):
                await self._server_fault()
        for c in self.candidates[created:]:
            await self._create_request(c)

    async def _settle(self) -> None:
        """Everything up, the daemon running: wait until every request has ended and every email is out."""
        assert self.front is not None
        if not self.dovecot.running:
            await asyncio.to_thread(self.dovecot.start)
        await self.front.start()
        self._start_all()
        deadline = time.monotonic() + self.s.window_s * 2 + 180
        while time.monotonic() < deadline:
            self._start_all()  # a run that stopped itself is started again, as systemd would
            if await self._quiet():
                await asyncio.sleep(3)  # late copies, receipts of the last replies
                if await self._quiet():
                    return
            await asyncio.sleep(1)
        self.figures.problems.append("the campaign did not settle in time")

    async def _quiet(self) -> bool:
        from sqlalchemy import select

        from bot.db.models import EndorsementRequest, OutboundMessage

        assert self.front is not None
        pending_answers = any(not t.done() for t in self._tasks)
        async with self.app.db.session() as s:
            statuses = list(await s.scalars(select(col(EndorsementRequest.status))))
            rows = list(await s.scalars(select(col(OutboundMessage.status))))
        return (not pending_answers and self.front.queued == 0 and len(statuses) == len(self.candidates)
                and all(st in FINAL for st in statuses) and all(r in ("sent", "failed", "cancelled") for r in rows))

    # -- the verdict, from the servers -------------------------------------------------------------------------

    async def _count(self) -> None:
        from sqlalchemy import select

        from bot.db.models import EndorsementRequest, InboundMessage, OutboundMessage

        async with self.app.db.session() as s:
            requests = {r.id: r for r in await s.scalars(select(EndorsementRequest))}
            inbound = list(await s.scalars(select(InboundMessage)))
            outbound = {o.message_id: o for o in await s.scalars(select(OutboundMessage))}
        await self.app.close()
        judged = {m.message_id for m in inbound if m.kind == "reply" and m.reason is None}
        f = self.figures
        # Duplicates: the same Message-ID delivered twice to one mailbox; and one logical email twice.
        people = {c.address for c in self.candidates if c.plan != "bounce"} | {c.endorser for c in self.candidates}
        for address in sorted(people | {ADMIN, BOT}):
            ids = collections.Counter(_header(p.read_bytes(), "Message-ID")
                                      for p in _maildir_files(self.dovecot.maildir(address)))
            extra = sum(n - 1 for mid, n in ids.items() if mid and n > 1)
            if address == BOT:
                f.duplicate_bot_copies += extra
                continue
            f.duplicates += extra
            if extra:
                f.problems.append(f"{address}: {[m for m, n in ids.items() if n > 1]} delivered more than once")
            logical = collections.Counter((o.kind, o.request_id) for mid, o in outbound.items()
                                          if mid in ids and o.kind in ("request", "reminder", "ack"))
            for key, n in logical.items():
                if n > 1:
                    f.logical_duplicates += n - 1
                    f.problems.append(f"{address}: {key[0]} of request {key[1]} under {n} Message-IDs")
        for c in self.candidates:
            request = requests.get(c.request_id)
            if request is None:
                f.not_final += 1
                f.problems.append(f"candidate {c.number}: no request")
                continue
            expected = EXPECTED[c.plan]
            arrivals = [self._reply_arrivals.get(mid) for mid in c.reply_ids]
            deadline = _aware(request.deadline_at) if request.deadline_at else None
            on_time = [mid for mid, at in zip(c.reply_ids, arrivals, strict=True)
                       if at is not None and (deadline is None or at < deadline - timedelta(seconds=1))]
            if c.reply_ids and deadline is not None and len(on_time) < len(c.reply_ids):
                late = [at for at in arrivals if at is not None and at >= deadline - timedelta(seconds=1)]
                if late:
                    f.late_by_servers += 1
                    if not on_time:
                        expected = "expired"
                    elif c.plan == "two_step":
                        expected = "failed"  # the second part came too late
            for mid in on_time:
                if mid not in judged:
                    f.lost += 1
                    f.problems.append(f"candidate {c.number}: on-time reply {mid} to request {request.id} "
                                      f"never judged (request {request.status})")
            if request.status not in FINAL:
                f.not_final += 1
                f.problems.append(f"request {request.id} ({c.plan}) still {request.status}")
            elif request.status != expected:
                f.wrong += 1
                f.problems.append(f"request {request.id} ({c.plan}) ended {request.status}, expected {expected}")
        assert self.front is not None
        first: dict[str, datetime] = {}
        for delivery in self.front.deliveries:
            first.setdefault(delivery.recipient, delivery.at)
        for c in self.candidates:
            request = requests.get(c.request_id)
            if request is not None and c.address in first:
                f.request_delays_s.append((first[c.address] - _aware(request.created_at)).total_seconds())
        for d in self.daemons:
            d.reap()
            f.daemon_exits.extend(d.exits)

    async def close(self) -> None:
        if self.front is not None:
            await self.front.stop_delivery()
            await self.front.stop()
        self.dovecot.cleanup()


def _spread(values: list[float]) -> str:
    if not values:
        return "none"
    ordered = sorted(values)
    return f"p50 {ordered[len(ordered) // 2]:.1f} s, max {ordered[-1]:.1f} s"


def _maildir_files(maildir: Path) -> list[Path]:
    files: list[Path] = []
    for sub in ("new", "cur"):
        with contextlib.suppress(FileNotFoundError):
            files.extend(p for p in (maildir / sub).iterdir() if p.is_file())
    return files


def _header(raw: bytes, name: str) -> str:
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    message = BytesParser(policy=default_policy).parsebytes(head + b"\r\n\r\n", headersonly=True)
    return str(message.get(name, "")).strip()


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _smtp_send(port: int, sender: str, to: str, raw: bytes) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
        smtp.sendmail(sender, [to], raw)


async def run_campaign(settings: CampaignSettings, workdir: Path) -> Figures:
    campaign = Campaign(settings, workdir)
    try:
        return await campaign.run()
    finally:
        await campaign.close()


__all__ = ["Campaign", "CampaignSettings", "Figures", "QueueFront", "run_campaign"]
