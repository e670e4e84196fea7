"""Benchmark: reply latency in [ingress] mode = "lmtp", from the reply handed to Postfix to the outcome committed.

    .venv/bin/python bench/lmtp_latency.py [--replies 50]      (as root, with Postfix installed)

A private Postfix (tests/servers/postfix.py) takes the candidate's reply over SMTP and delivers it to the
daemon over LMTP on loopback, as in production. The daemon runs as deployed (LMTP listener, outbox,
sweeps); the clock starts just before the SMTP connection to Postfix and stops when the processor has
committed the reply's outcome, before the daemon answers Postfix 250. Compare bench/reply_latency.py
(the same path through Dovecot and IMAP IDLE, whose 500 ms notification delay is its floor).
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


async def measure(replies: int, warmup: int) -> tuple[list[float], list[float]]:
    """(reply handed to Postfix -> outcome committed, reply handed to Postfix -> the daemon has it) per reply."""
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
            world = World(app, app.clock, None, bot=BOT)  # type: ignore[arg-type]
            requests = [await world.request(f"c{i}@cand.example") for i in range(replies + warmup)]
            latencies: list[float] = []
            in_postfix: list[float] = []
            for number, request in enumerate(requests):
                raw = await world.render("good_reply_gmail.eml", request)
                to = addresses.reply_address(BOT, request.token)
                t0 = time.perf_counter()
                await _send(postfix.port, request.candidate_email, to, raw)
                while request.id not in committed:
                    await asyncio.sleep(0.0005)
                if number >= warmup:  # the first ones also start Postfix's smtpd, cleanup and lmtp processes
                    latencies.append(committed[request.id] - t0)
                    in_postfix.append(arrived[request.id] - t0)
            stop.set()
            await task
            await app.close()
    finally:
        await asyncio.to_thread(postfix.cleanup)
        await outside.stop()
    return latencies, in_postfix


async def _send(port: int, sender: str, to: str, raw: bytes) -> None:
    from aiosmtplib import SMTP

    async with SMTP(hostname="127.0.0.1", port=port) as smtp:
        await smtp.sendmail(sender, [to], raw)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replies", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=3, help="replies sent first and not counted")
    args = parser.parse_args()
    total, in_postfix = asyncio.run(measure(args.replies, args.warmup))
    load = os.getloadavg()[0]
    print(f"LMTP reply latency, reply handed to Postfix -> outcome committed, over {len(total)} replies: "
          f"{_figures(total)} (load average {load:.1f})")
    print(f"  of which handed to Postfix -> delivered to the daemon over LMTP: {_figures(in_postfix)}")


def _figures(values: list[float]) -> str:
    ordered = sorted(values)
    p50 = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms"


if __name__ == "__main__":
    main()
