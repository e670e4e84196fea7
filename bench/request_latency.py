"""Benchmark: request latency, from `endorsebot request` (another process) to the SMTP server's acceptance.

    .venv/bin/python bench/request_latency.py [--requests 10] [--poll-s 1.0] [--postgres]

The daemon runs as deployed (in this process) against the embedded sandbox (aiosmtpd + pymap); each
request is started by a separate `endorsebot request` process on the same database, as an operator
or the platform would. The clock stops when the SMTP server has accepted the request email. The
figure includes starting the CLI process (Python start-up and imports). ``--poll-s 60`` shows the old
behaviour: the daemon only looked for new rows at its sweep interval. ``--postgres`` runs on a
throwaway database on the local PostgreSQL server, where the CLI's NOTIFY wakes the daemon (its
fallback check then set to ``--poll-s`` too, so only the notification can explain a fast figure).
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


async def run(requests: int, poll_s: float, postgres_url: str | None = None) -> list[tuple[float, float]]:
    bot.daemon.OUTBOX_POLL_S = poll_s
    if postgres_url:
        bot.daemon.LISTENING_POLL_S = poll_s
        _small_uidvalidity()
    with tempfile.TemporaryDirectory() as tmp:
        url = postgres_url or f"sqlite:///{Path(tmp) / 'bot.sqlite3'}"
        config = Path(tmp) / "config.toml"
        config.write_text(f'[bot]\naddress = "{BOT}"\n\n[database]\nurl = "{url}"\n')
        async with Sandbox(bot_address=BOT, password="pw") as sb:
            settings = Settings().replace(bot={"address": BOT, "name": "endorsebot"}, database={"url": url},
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


def _small_uidvalidity() -> None:
    """pymap picks a random 32-bit UIDVALIDITY, and inbound_message.uidvalidity is a signed 32-bit
    INTEGER on PostgreSQL, so half the sandbox's mailboxes overflow it (a known limit, see README)."""
    from pymap.mailbox import MailboxSnapshot

    MailboxSnapshot.new_uid_validity = classmethod(lambda cls: 1_000_000)  # type: ignore[method-assign,assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument("--poll-s", type=float, default=bot.daemon.OUTBOX_POLL_S)
    parser.add_argument("--postgres", action="store_true", help="a throwaway database on the local PostgreSQL")
    args = parser.parse_args()
    if args.postgres:
        from pgtemp import temporary_database

        with temporary_database() as url:
            figures = asyncio.run(run(args.requests, args.poll_s, url))
    else:
        figures = asyncio.run(run(args.requests, args.poll_s))
    print(f"requests: {len(figures)}  outbox poll: {args.poll_s:g} s  database: "
          f"{'PostgreSQL (LISTEN/NOTIFY)' if args.postgres else 'SQLite'}")
    total, queued = [f[0] for f in figures], [f[1] for f in figures]
    print(f"command -> SMTP acceptance: median {statistics.median(total):.2f} s, max {max(total):.2f} s")
    print(f"row committed -> SMTP acceptance: median {statistics.median(queued):.2f} s, max {max(queued):.2f} s")


if __name__ == "__main__":
    main()
