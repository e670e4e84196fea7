"""Benchmark: request latency, from `endorsebot request` (another process) to the SMTP server's acceptance.

    .venv/bin/python bench/request_latency.py [--requests 10] [--poll-s 1.0]

The daemon runs as deployed (in this process) against the embedded sandbox (aiosmtpd + pymap); each
request is started by a separate `endorsebot request` process on the same SQLite file, as an operator
or the platform would. The clock stops when the SMTP server has accepted the request email. The
figure includes starting the CLI process (Python start-up and imports). ``--poll-s 60`` shows the old
behaviour: the daemon only looked for new rows at its sweep interval.
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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import col, select

import bot.daemon
from bot.app import App, build_app
from bot.clock import utc
from bot.daemon import Daemon
from bot.db.models import OutboundMessage
from bot.sandbox import Sandbox
from bot.settings import Settings

BOT = "bot@sandbox.test"
ENDORSEBOT = Path(sys.executable).parent / "endorsebot"


async def run(requests: int, poll_s: float) -> list[tuple[float, float]]:
    bot.daemon.OUTBOX_POLL_S = poll_s
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bot.sqlite3"
        config = Path(tmp) / "config.toml"
        config.write_text(f'[bot]\naddress = "{BOT}"\n\n[database]\nurl = "sqlite:///{db}"\n')
        async with Sandbox(bot_address=BOT, password="pw") as sb:
            settings = Settings().replace(bot={"address": BOT, "name": "endorsebot"},
                                          database={"url": f"sqlite+aiosqlite:///{db}"},
                                          workflow={"sweep_interval_s": 3600.0}, **sb.settings_tables())
            app = build_app(settings)
            daemon, stop = Daemon(app), asyncio.Event()
            task = asyncio.create_task(daemon.run(stop))
            await daemon.started.wait()
            env = {**os.environ, "ENDORSEBOT_CONFIG": str(config)}
            figures = []
            for n in range(requests):
                candidate = f"c{n}@cand.example"
                start = time.perf_counter()
                proc = await asyncio.create_subprocess_exec(
                    str(ENDORSEBOT), "request", "--endorser", "alice@members.example", "--candidate", candidate,
                    env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
                _, err = await proc.communicate()
                if proc.returncode != 0:
                    raise SystemExit(f"endorsebot request failed: {err.decode()}")
                while candidate not in sb.outside:
                    await asyncio.sleep(0.005)
                total = time.perf_counter() - start
                figures.append((total, await _queued_to_accepted(app, candidate)))
            stop.set()
            await task
            await app.close()
    return figures


async def _queued_to_accepted(app: App, candidate: str) -> float:
    """From the CLI's commit of the row (its created_at) to the server's acceptance (sent_at)."""
    async with app.db.session() as s:
        for _ in range(1000):
            row = await s.scalar(select(OutboundMessage).where(col(OutboundMessage.kind) == "request")
                                 .order_by(col(OutboundMessage.id).desc()).limit(1))  # this round's request
            if row is not None and row.recipients == [candidate] and row.sent_at is not None:
                return (utc(row.sent_at) - utc(row.created_at)).total_seconds()
            await asyncio.sleep(0.01)
            s.expire_all()
    raise SystemExit("the request email was accepted but never marked sent")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument("--poll-s", type=float, default=bot.daemon.OUTBOX_POLL_S)
    args = parser.parse_args()
    figures = asyncio.run(run(args.requests, args.poll_s))
    print(f"requests: {len(figures)}  outbox poll: {args.poll_s:g} s")
    total, queued = [f[0] for f in figures], [f[1] for f in figures]
    print(f"command -> SMTP acceptance: median {statistics.median(total):.2f} s, max {max(total):.2f} s")
    print(f"row committed -> SMTP acceptance: median {statistics.median(queued):.2f} s, max {max(queued):.2f} s")


if __name__ == "__main__":
    main()
