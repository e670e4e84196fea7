"""Benchmark: a sweep of 10,000 due reminders through the outbox to a local SMTP server.

    .venv/bin/python bench/reminder_sweep.py [--count 10000]

Prints how long the reminder sweep took to queue them and how fast the outbox sent them over one
reused SMTP connection per batch (target >= 500 messages/s).
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert

from bot.app import build_app
from bot.clock import FakeClock
from bot.db.models import EndorsementRequest
from bot.sandbox.smtp import SmtpFront
from bot.settings import Settings


async def main(count: int) -> None:
    received = 0

    async def deliver(_sender: str, _rcpt: str, _data: bytes) -> None:
        nonlocal received
        received += 1

    # Every candidate domain is "local" so the server only counts, instead of storing 10,000 messages.
    front = SmtpFront(deliver=deliver, local_domains=frozenset({"bench.test", "cand.test"}))
    port = await front.start()
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings().replace(
            bot={"address": "bot@bench.test"},
            smtp={"host": "127.0.0.1", "port": port, "security": "none", "batch_size": 500},
            database={"url": f"sqlite+aiosqlite:///{Path(tmp) / 'bench.sqlite3'}"},
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
            await s.commit()
        t0 = time.perf_counter()
        queued = await app.workflow.send_due_reminders()
        t1 = time.perf_counter()
        sent = await app.outbox.flush()
        t2 = time.perf_counter()
        await app.close()
    await front.stop()
    print(f"reminder sweep: {queued} reminders queued in {t1 - t0:.2f} s ({queued / (t1 - t0):,.0f}/s)")
    print(f"outbox: {sent} sent, {received} received by the SMTP server in {t2 - t1:.2f} s "
          f"({sent / (t2 - t1):,.0f} messages/s, {front.connections} SMTP connections)")
    print(f"end to end: {sent / (t2 - t0):,.0f} messages/s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    asyncio.run(main(parser.parse_args().count))
