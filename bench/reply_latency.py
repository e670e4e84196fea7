"""Benchmark: reply latency, from the candidate's SMTP send to the outcome committed.

    .venv/bin/python bench/reply_latency.py --server sandbox [--replies 50]
    .venv/bin/python bench/reply_latency.py --server dovecot [--replies 50]   (needs Dovecot installed)

The daemon runs as deployed (IMAP IDLE, outbox, sweeps). The clock stops when the processor has
committed the reply's outcome. Dovecot delays IDLE notifications by 500 ms: that is its floor.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import build_app
from bot.clock import FakeClock
from bot.daemon import Daemon
from bot.outbound import addresses
from bot.ports import FetchedMessage
from bot.settings import Secret, Settings
from tests.workflow.world import World

BOT = "bot@bot.test"


@contextlib.asynccontextmanager
async def sandbox_servers() -> AsyncIterator[tuple[dict[str, Any], Any]]:
    from bot.sandbox import Sandbox

    async with Sandbox(bot_address=BOT, password="bench") as sb:
        yield sb.settings_tables(), sb


@contextlib.asynccontextmanager
async def dovecot_servers() -> AsyncIterator[tuple[dict[str, Any], Any]]:
    from bot.sandbox.smtp import SmtpFront
    from tests.servers.dovecot import DovecotServer

    dovecot = DovecotServer()
    dovecot.add_user(BOT, "bench")
    dovecot.start()
    front = SmtpFront(deliver=dovecot.deliver, local_domains=frozenset({"bot.test"}))
    port = await front.start()
    try:
        yield {"smtp": {"host": "127.0.0.1", "port": port, "security": "none"},
               "imap": {"host": "127.0.0.1", "port": dovecot.imap_port, "security": "none", "username": BOT,
                        "password": Secret("bench"), "idle": True}}, front
    finally:
        await front.stop()
        dovecot.stop()
        dovecot.cleanup()


async def measure(server: str, replies: int) -> list[float]:
    servers = sandbox_servers() if server == "sandbox" else dovecot_servers()
    async with servers as (tables, _):
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings().replace(bot={"address": BOT}, database={"url": f"sqlite+aiosqlite:///{tmp}/b.db"},
                                          workflow={"sweep_interval_s": 3600.0}, **tables)
            app = build_app(settings, clock=FakeClock())
            committed: dict[int, float] = {}
            handle = app.processor.handle

            async def timed_handle(message: FetchedMessage, **kwargs: Any) -> Any:
                row = await handle(message, **kwargs)
                committed[row.request_id or -1] = time.perf_counter()
                return row

            app.processor.handle = timed_handle  # type: ignore[method-assign]
            await app.db.create_schema()
            stop = asyncio.Event()
            task = asyncio.create_task(Daemon(app).run(stop))
            world = World(app, app.clock, None, bot=BOT)  # type: ignore[arg-type]
            requests = [await world.request(f"c{i}@cand.example") for i in range(replies)]
            port = tables["smtp"]["port"]
            latencies = []
            for request in requests:
                raw = await world.render("good_reply_gmail.eml", request)
                to = addresses.reply_address(BOT, request.token)
                t0 = time.perf_counter()
                await _send(port, request.candidate_email, to, raw)
                while request.id not in committed:
                    await asyncio.sleep(0.0005)
                latencies.append(committed[request.id] - t0)
            stop.set()
            await task
            await app.close()
    return latencies


async def _send(port: int, sender: str, to: str, raw: bytes) -> None:
    from aiosmtplib import SMTP

    async with SMTP(hostname="127.0.0.1", port=port) as smtp:
        await smtp.sendmail(sender, [to], raw)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", choices=("sandbox", "dovecot"), default="sandbox")
    parser.add_argument("--replies", type=int, default=50)
    args = parser.parse_args()
    latencies = sorted(asyncio.run(measure(args.server, args.replies)))
    p50 = statistics.median(latencies)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"reply latency on {args.server} over {len(latencies)} replies: "
          f"p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
