"""Benchmark: reply latency in [ingress] mode = "lmtp", from the reply handed to Postfix to the outcome committed.

    .venv/bin/python bench/lmtp_latency.py [--replies 50] [--idle]      (as root, with Postfix installed)

A private Postfix (tests/servers/postfix.py) takes the candidate's reply over SMTP and delivers it to the
daemon over LMTP on loopback, as in production. The daemon runs as deployed (LMTP listener, outbox,
sweeps); the clock starts just before the SMTP connection to Postfix and stops when the processor has
committed the reply's outcome, before the daemon answers Postfix 250. Compare bench/reply_latency.py
(the same path through Dovecot and IMAP IDLE, whose 500 ms notification delay is its floor).
Replies go back to back (each one shares the daemon with the previous one's outcome emails and the copies
Postfix brings back), or with --idle each once that aftermath is over. Back to back it also prints the
daemon's CPU per reply, which the machine's load moves far less than the latencies.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import build_app
from bot.clock import FakeClock
from bot.commands.run import settle_heap
from bot.daemon import Daemon
from bot.outbound import addresses
from bot.ports import FetchedMessage
from bot.sandbox.smtp import SmtpFront
from bot.settings import Settings
from tests.servers.ports import free_port
from tests.servers.postfix import PostfixServer
from tests.workflow.world import World

BOT = "bot@bot.test"


async def _nowhere(_sender: str, _rcpt: str, _data: bytes) -> None:
    raise LookupError("no local mailboxes outside")


async def measure(replies: int, warmup: int, idle: bool = False) -> tuple[list[float], list[float], float]:
    """(reply handed to Postfix -> outcome committed, reply handed to Postfix -> the daemon has it) per reply,
    and this process's CPU seconds per counted reply (the daemon, all its threads, and the small SMTP client)."""
    outside = SmtpFront(deliver=_nowhere, local_domains=frozenset())
    await outside.start()
    lmtp_port = free_port()
    postfix = PostfixServer(lmtp_target=f"inet:127.0.0.1:{lmtp_port}", relay_port=outside.port)
    await asyncio.to_thread(postfix.start)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings().replace(
                bot={"address": BOT}, database={"url": f"sqlite+aiosqlite:///{tmp}/b.db"},
                smtp={"host": "127.0.0.1", "port": postfix.port, "security": "none"},
                ingress={"mode": "lmtp", "listen": f"127.0.0.1:{lmtp_port}"},
                workflow={"sweep_interval_s": 3600.0})
            app = build_app(settings, clock=FakeClock())
            committed: dict[int, float] = {}
            arrived: dict[int, float] = {}
            handle = app.processor.handle

            async def timed_handle(message: FetchedMessage, **kwargs: Any) -> Any:
                started = time.perf_counter()
                row = await handle(message, **kwargs)
                if row.kind == "reply":
                    committed[row.request_id or -1] = time.perf_counter()
                    arrived[row.request_id or -1] = started
                return row

            app.processor.handle = timed_handle  # type: ignore[method-assign]
            await app.db.create_schema()
            stop = asyncio.Event()
            daemon = Daemon(app)
            task = asyncio.create_task(daemon.run(stop))
            while not daemon.started.is_set():
                await asyncio.sleep(0.01)
            settle_heap()  # as `endorsebot run` does once the daemon has started
            world = World(app, app.clock, None, bot=BOT)  # type: ignore[arg-type]
            requests = [await world.request(f"c{i}@cand.example") for i in range(replies + warmup)]
            latencies: list[float] = []
            in_postfix: list[float] = []
            cpu_started = 0.0
            for number, request in enumerate(requests):
                if number == warmup:
                    cpu_started = time.process_time()
                raw = await world.render("good_reply_gmail.eml", request)
                to = addresses.reply_address(BOT, request.token)
                if idle:
                    await _until_idle(app, postfix)
                t0 = time.perf_counter()
                await _send(postfix.port, request.candidate_email, to, raw)
                while request.id not in committed:
                    await asyncio.sleep(0.0005)
                if number >= warmup:  # the first ones also start Postfix's smtpd, cleanup and lmtp processes
                    latencies.append(committed[request.id] - t0)
                    in_postfix.append(arrived[request.id] - t0)
            cpu_per_reply = (time.process_time() - cpu_started) / max(1, replies)
            stop.set()
            await task
            await app.close()
    finally:
        await asyncio.to_thread(postfix.cleanup)
        await outside.stop()
    return latencies, in_postfix, cpu_per_reply


async def _until_idle(app: Any, postfix: PostfixServer, most_s: float = 5.0) -> None:
    """Until the previous reply's aftermath is over: its outcome and receipt emails sent, and Postfix's active
    queue empty (their copies for the bot delivered over LMTP). A reply then meets an idle daemon, as one
    does when replies come minutes apart; without this each reply shares the daemon with the last one's mail."""
    from sqlmodel import col, func, select

    from bot.db.models import OutboundMessage

    deadline = time.monotonic() + most_s
    while time.monotonic() < deadline:
        async with app.db.session() as session:
            unsent = await session.scalar(select(func.count()).select_from(OutboundMessage)
                                          .where(col(OutboundMessage.status) != "sent"))
        if not unsent and not await asyncio.to_thread(_postfix_busy, postfix):
            return
        await asyncio.sleep(0.005)


def _postfix_busy(postfix: PostfixServer) -> bool:
    return any(p.is_file() for name in ("incoming", "active", "maildrop") for p in (postfix.queue / name).rglob("*"))


async def _send(port: int, sender: str, to: str, raw: bytes) -> None:
    from aiosmtplib import SMTP

    async with SMTP(hostname="127.0.0.1", port=port) as smtp:
        await smtp.sendmail(sender, [to], raw)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replies", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=3, help="replies sent first and not counted")
    parser.add_argument("--idle", action="store_true",
                        help="send each reply once the previous one's emails and their copies are through")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    total, in_postfix, cpu_s = asyncio.run(measure(args.replies, args.warmup, args.idle))
    load_after = os.getloadavg()[0]
    pacing = "each to an idle daemon" if args.idle else "back to back"
    print(f"LMTP reply latency, reply handed to Postfix -> outcome committed, over {len(total)} replies {pacing}: "
          f"{_figures(total)} (load average {load_before:.1f} before, {load_after:.1f} after)")
    print(f"  of which handed to Postfix -> delivered to the daemon over LMTP: {_figures(in_postfix)}")
    if not args.idle:  # --idle's own polling of the database would be counted too
        print(f"  daemon CPU per reply (all its threads; its outcome mail and copies included): {cpu_s * 1000:.1f} ms")


def _figures(values: list[float]) -> str:
    ordered = sorted(values)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms"


if __name__ == "__main__":
    main()
