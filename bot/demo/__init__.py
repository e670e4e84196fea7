"""`endorsebot demo`: the whole flow on the embedded sandbox, narrated as it happens.

Real SMTP and IMAP traffic on loopback (aiosmtpd and pymap, in-process), a SQLite file, and a clock
the demo fast-forwards so 36 hours pass in seconds. The daemon runs exactly as in production.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from string import Template

from sqlalchemy import func
from sqlmodel import col, select

from bot.app import App, build_app
from bot.clock import OffsetClock, utc
from bot.daemon import Daemon
from bot.db.models import AuditEntry, EndorsementRequest, InboundMessage, OutboundMessage
from bot.outbound import addresses
from bot.sandbox import Sandbox
from bot.settings import Settings

REPLIES = Path(__file__).resolve().parent / "replies"
BOT = "endorsebot@sandbox.test"
ENDORSER = "alice@members.sandbox.test"


@dataclass(frozen=True)
class Candidate:
    name: str
    email: str
    story: str
    reply: str | None  # a file in replies/, or None for someone who never answers
    reply_after_h: float = 0.0


CAST: tuple[Candidate, ...] = (
    Candidate("Gina Garcia", "gina@gmail.example", "answers well from Gmail", "gmail_good.eml", 2),
    Candidate(
        "Owen O'Neill",
        "owen@outlook.example",
        "answers from Outlook, request quoted below",
        "outlook_quoted_below.eml",
        5,
    ),
    Candidate("Pat Patel", "pat@yahoo.example", "answers poorly from a phone", "poor_answer.eml", 9),
    Candidate("Nora Nilsen", "nora@proton.example", "never answers", None),
    Candidate("Bob Bounce", "bob@bounce.test", "has an address that bounces", None),
)


class Narrator:
    """Prints what the database says happened (mail fetched, mail sent, status changes), in the order
    it happened by the bot's clock, each thing once."""

    def __init__(self, app: App, out: Callable[[str], None]) -> None:
        self.app, self.out = app, out
        self.t0 = time.monotonic()
        self._told: set[tuple[str, int]] = set()
        self._lock = asyncio.Lock()  # the background poll and the demo's own must not tell twice

    def say(self, text: str, when: datetime | None = None) -> None:
        at = when or self.app.clock.now()
        self.out(f"[{time.monotonic() - self.t0:5.2f}s | {at:%a %H:%M}] {text}")

    async def poll(self) -> None:
        async with self._lock, self.app.db.session() as s:
            events: list[tuple[datetime, int, str]] = []
            # The bot's own copies of what it sent (proof of sending) are not part of the story.
            for row in await s.scalars(select(InboundMessage).where(col(InboundMessage.kind) != "copy")):
                verdict = f"refused: {row.reason}" if row.reason else "accepted"
                events.append(self._event("in", row.id, row.received_at,
                                          f"  <- IMAP uid {row.uid} from {row.from_addr}: {row.kind}, {verdict}"))
            for out in await s.scalars(select(OutboundMessage).where(col(OutboundMessage.status) == "sent")):
                to = ", ".join(out.recipients)
                events.append(self._event("out", out.id, out.sent_at,
                                          f"  -> SMTP {out.kind:<13} to {to}: {out.subject[:60]}"))
            for a in await s.scalars(select(AuditEntry)):
                events.append(self._event("audit", a.id, a.at,
                                          f"     request #{a.request_id}: {a.from_status} -> {a.to_status} "
                                          f"({a.reason[:70]})"))
        for when, _, text in sorted(e for e in events if e[2]):
            self.say(text, when)

    def _event(self, stream: str, row_id: int | None, when: datetime | None, text: str) -> tuple[datetime, int, str]:
        key = (stream, row_id or 0)
        if key in self._told:
            return (_EPOCH, 0, "")
        self._told.add(key)
        return (utc(when) if when else _EPOCH, row_id or 0, text)

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await self.poll()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 0.05)
        await self.poll()


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


async def _reply_bytes(app: App, request: EndorsementRequest, who: Candidate) -> bytes:
    async with app.db.session() as s:
        mid = await s.scalar(
            select(col(OutboundMessage.message_id))
            .where(col(OutboundMessage.request_id) == request.id)
            .where(col(OutboundMessage.kind) == "request")
        )
    assert who.reply is not None and request.sent_at is not None
    text = Template((REPLIES / who.reply).read_text(encoding="utf-8")).substitute(
        candidate=who.email,
        reply_to=addresses.reply_address(BOT, request.token),
        request_mid=mid,
        subject="skills check",
        nonce=request.id,
        date=format_datetime(app.clock.now()),
        quoted_date=format_datetime(request.sent_at),
    )
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


async def _wait_for(predicate: Callable[[], Awaitable[bool]], timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if await predicate():
            return
        await asyncio.sleep(0.01)
    raise TimeoutError("the sandbox did not get there in time")


async def _status(app: App, request_id: int | None) -> str:
    async with app.db.session() as s:
        request = await s.get(EndorsementRequest, request_id)
    return request.status if request else "?"


async def _start_requests(app: App, narrator: Narrator) -> list[EndorsementRequest]:
    created = []
    async with app.db.session() as s:
        for who in CAST:
            request = await app.workflow.create_request(
                s,
                endorser_email=ENDORSER,
                endorser_name="Alice Adams",
                candidate_email=who.email,
                candidate_name=who.name,
            )
            created.append(request)
            narrator.say(f"Alice asks to endorse {who.name} <{who.email}>, who {who.story}: request #{request.id}")
        await s.commit()
    return created


async def _refresh(app: App, requests: list[EndorsementRequest]) -> list[EndorsementRequest]:
    async with app.db.session() as s:
        return [r for r in [await s.get(EndorsementRequest, q.id) for q in requests] if r is not None]


def outcome_table(requests: list[EndorsementRequest]) -> str:
    rows = [("#", "candidate", "status", "tools", "metrics", "tip", "reasons")]
    for r in requests:
        c = r.criteria or {}

        def mark(name: str, c: dict = c) -> str:
            return "-" if name not in c else ("yes" if c[name].get("met") else "no")

        rows.append(
            (
                str(r.id),
                r.candidate_email,
                r.status,
                mark("tools"),
                mark("metrics"),
                mark("angry_customer_tip"),
                _short(r.reasons),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _short(reasons: list[str]) -> str:
    """"missing:tools, missing:metrics" -> "missing tools, metrics"."""
    missing = [r.removeprefix("missing:").replace("angry_customer_", "") for r in reasons if r.startswith("missing:")]
    others = [r for r in reasons if not r.startswith("missing:")]
    return ", ".join(others + ([f"missing {', '.join(missing)}"] if missing else []))


async def run_demo(db_path: Path, out: Callable[[str], None] = print) -> list[EndorsementRequest]:
    # One clock for the bot and the sandbox: the IMAP server's receipt times move with the fast-forward.
    clock = OffsetClock()
    async with Sandbox(
        bot_address=BOT, password="sandbox", bounce_domains=frozenset({"bounce.test"}), clock=clock
    ) as sb:
        settings = Settings().replace(
            bot={"address": BOT, "name": "endorsebot (sandbox)"},
            database={"url": f"sqlite+aiosqlite:///{db_path}"},
            admins={"addresses": ("admin@admin.sandbox.test",)},
            workflow={"sweep_interval_s": 3600.0},
            **sb.settings_tables(),
        )
        app = build_app(settings, clock=clock)
        await app.db.create_schema()
        daemon, narrator = Daemon(app), Narrator(app, out)
        stop, quiet = asyncio.Event(), asyncio.Event()
        narrator.say(f"sandbox up: SMTP 127.0.0.1:{sb.smtp_port} (aiosmtpd), IMAP 127.0.0.1:{sb.imap_port} (pymap)")
        tasks = [asyncio.create_task(daemon.run(stop)), asyncio.create_task(narrator.run(quiet))]
        try:
            requests = await _start_requests(app, narrator)
            await daemon.sweep()  # the outbox sends the five requests over one SMTP connection
            bounced = requests[-1]
            await _wait_for(lambda: _is(app, bounced.id, "undeliverable"))
            await _settled(app, narrator)
            requests = await _refresh(app, requests)
            elapsed_h = 0.0
            for who, request in zip(CAST, requests, strict=True):
                if who.reply is None:
                    continue
                clock.advance(timedelta(hours=who.reply_after_h - elapsed_h))
                elapsed_h = who.reply_after_h
                narrator.say(f"+{elapsed_h:g}h: {who.name} replies ({who.story})")
                raw = await _reply_bytes(app, request, who)
                await sb.send_as(who.email, [addresses.reply_address(BOT, request.token)], raw)
                # Tell this reply's whole story before the clock moves on to the next one.
                await _wait_for(functools.partial(_left, app, request.id, "sent"))
                await _settled(app, narrator)
            clock.advance(timedelta(hours=24 - elapsed_h))
            narrator.say("+24h: 12 hours before the deadline: the reminder sweep runs")
            await daemon.sweep()
            await _settled(app, narrator)
            clock.advance(timedelta(hours=12, minutes=1))
            narrator.say("+36h: the deadline passes: the expiry sweep runs")
            await daemon.sweep()
            await _settled(app, narrator)
        finally:
            stop.set()
            await asyncio.gather(tasks[0], return_exceptions=True)
            quiet.set()
            await tasks[1]
            final = await _refresh(app, requests) if "requests" in locals() else []
            await app.close()
    out("")
    out(outcome_table(final))
    return final


async def _is(app: App, request_id: int | None, status: str) -> bool:
    return await _status(app, request_id) == status


async def _left(app: App, request_id: int | None, status: str) -> bool:
    return await _status(app, request_id) != status


async def _settled(app: App, narrator: Narrator) -> None:
    """Wait until nothing is left to send (the outbox loop sends what a reply or a sweep queued),
    then tell everything that happened."""
    app.outbox_dirty.set()
    await _wait_for(functools.partial(_outbox_empty, app))
    await narrator.poll()


async def _outbox_empty(app: App) -> bool:
    async with app.db.session() as s:
        waiting = await s.scalar(select(func.count()).select_from(OutboundMessage)
                                 .where(col(OutboundMessage.status).in_(("pending", "sending"))))
    return not waiting
