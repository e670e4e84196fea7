"""Benchmark: a sweep of 10,000 due reminders through the outbox to a local SMTP server.

    .venv/bin/python bench/reminder_sweep.py [--count 10000]

Prints how long the reminder sweep took to queue them and how fast the outbox sent them over one
reused SMTP connection (target >= 500 messages/s). The SMTP server is aiosmtpd in a process of its own
(a Sink handler that accepts and discards), as a local relay would be: in-process it would share this
process's event loop and CPU and halve the figure.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert

from bot.app import build_app
from bot.clock import FakeClock
from bot.db.models import EndorsementRequest, OutboundMessage
from bot.settings import Settings


async def main(count: int, database_url: str | None = None) -> None:
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                               "-c", "aiosmtpd.handlers.Sink"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    await _wait_listening(port)
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings().replace(
            bot={"address": "bot@bench.test"},
            smtp={"host": "127.0.0.1", "port": port, "security": "none", "batch_size": 500},
            database={"url": database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'bench.sqlite3'}"},
        )
        app = build_app(settings, clock=clock, judge=object())  # type: ignore[arg-type]
        await app.db.create_schema()
        now = clock.now()
        async with app.db.session() as s:
            await s.execute(insert(EndorsementRequest), [
                {"endorser_email": "alice@bench.test", "candidate_email": f"c{i}@cand.test", "token": f"{i:020d}",
                 "status": "sent", "created_at": now, "sent_at": now, "deadline_at": now + timedelta(hours=11),
                 "reasons": [], "criteria": {}, "version": 0, "reminders_sent": 0, "origin": "cli",
                 "endorser_name": "", "candidate_name": ""}
                for i in range(count)])
            # Each request's own email, as a real sweep finds it (the reminders thread under it).
            await s.execute(insert(OutboundMessage), [
                {"kind": "request", "request_id": i + 1, "dedupe_key": f"request:{i + 1}",
                 "envelope_from": "bot@bench.test", "recipients": [f"c{i}@cand.test"],
                 "message_id": f"<request.{i:020d}.x@bench.test>", "subject": "",
                 "data": b"", "status": "sent", "attempts": 1, "next_attempt_at": now,
                 "created_at": now, "sent_at": now}
                for i in range(count)])
            await s.commit()
        t0 = time.perf_counter()
        queued = await app.workflow.send_due_reminders()
        t1 = time.perf_counter()
        sent = await app.outbox.flush()
        t2 = time.perf_counter()
        await app.close()
    server.terminate()
    server.wait()
    print(f"reminder sweep: {queued} reminders queued in {t1 - t0:.2f} s ({queued / (t1 - t0):,.0f}/s)")
    print(f"outbox: {sent} accepted by the SMTP server in {t2 - t1:.2f} s ({sent / (t2 - t1):,.0f} messages/s)")
    print(f"end to end: {sent / (t2 - t0):,.0f} messages/s")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _wait_listening(port: int) -> None:
    for _ in range(200):
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.05)
            continue
        writer.close()
        return
    raise RuntimeError("the SMTP server did not start")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--database-url", default=None,
                        help="an empty database to use instead of a temporary SQLite file (e.g. PostgreSQL)")
    args = parser.parse_args()
    asyncio.run(main(args.count, args.database_url))
