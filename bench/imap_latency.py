"""Delivery-to-handle latency with IDLE on a real Dovecot.

    .venv/bin/python bench/imap_latency.py [--messages 50] [--via smtp|lmtp]   (needs Dovecot installed)

Starts a private Dovecot (tests/servers/dovecot.py), runs the real InboxWatcher + ImapMailbox, and
delivers messages one at a time (each after the previous was handled), timing from the moment the
delivery call returned to the moment the sink's handle() was called. Prints p50/p99/max in ms.
Dovecot delays IDLE notifications by a fixed 0.5 s, which is the floor of these figures.
"""

from __future__ import annotations

import argparse
import asyncio
import smtplib
import statistics
import sys
import time
from pathlib import Path

# Run as a script from anywhere: the repository root holds both bot/ and tests/.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.adapters.imap import ImapMailbox
from bot.inbound.watcher import InboxWatcher
from bot.ports import FetchedMessage
from bot.sandbox.smtp import SmtpFront
from tests.servers.dovecot import DovecotServer
from tests.servers.fixtures import LOCAL_DOMAINS, imap_settings_for

MESSAGE = b"From: c@example.net\r\nTo: bot@bot.test\r\nSubject: bench\r\n\r\nhello\r\n"


class TimingSink:
    def __init__(self) -> None:
        self.handled: asyncio.Queue[float] = asyncio.Queue()
        self._last = 0

    async def last_uid(self, mailbox: str, uidvalidity: int) -> int:
        return self._last

    async def handle(self, message: FetchedMessage) -> None:
        self._last = message.uid
        self.handled.put_nowait(time.monotonic())


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def measure(count: int, via: str) -> list[float]:
    server = DovecotServer()
    server.start()
    front = SmtpFront(deliver=server.deliver, local_domains=LOCAL_DOMAINS)
    await front.start()
    account = server.new_account()
    settings = imap_settings_for(server, account, idle_timeout_s=600.0)
    sink = TimingSink()
    stop = asyncio.Event()
    watcher = asyncio.create_task(InboxWatcher(lambda: ImapMailbox(settings), sink, settings).run(stop))

    def send_smtp() -> None:
        with smtplib.SMTP("127.0.0.1", front.port, timeout=10) as smtp:
            smtp.sendmail("c@example.net", [account.address], MESSAGE)

    latencies = []
    try:
        await asyncio.sleep(0.5)  # let the watcher connect and start IDLE
        for _ in range(count):
            if via == "smtp":
                await asyncio.to_thread(send_smtp)
            else:
                await server.deliver("c@example.net", account.address, MESSAGE)
            delivered = time.monotonic()
            handled = await asyncio.wait_for(sink.handled.get(), 30)
            latencies.append((handled - delivered) * 1000)
            await asyncio.sleep(0.05)  # the watcher is back in IDLE before the next one
    finally:
        stop.set()
        await watcher
        await front.stop()
        server.cleanup()
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=50)
    parser.add_argument("--via", choices=("smtp", "lmtp"), default="smtp")
    args = parser.parse_args()
    latencies = asyncio.run(measure(args.messages, args.via))
    print(
        f"{len(latencies)} messages via {args.via}: p50 {percentile(latencies, 0.5):.0f} ms, "
        f"p99 {percentile(latencies, 0.99):.0f} ms, max {max(latencies):.0f} ms, "
        f"mean {statistics.mean(latencies):.0f} ms"
    )


if __name__ == "__main__":
    main()
