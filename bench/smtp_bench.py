"""Benchmark: small messages through one SmtpSender connection to a loopback SmtpFront.

    .venv/bin/python bench/smtp_bench.py [--count 10000]

Prints messages/s (target >= 500/s). The server's deliver callback only counts, so the figure is
the SMTP adapter plus aiosmtpd on one event loop: the ceiling for the outbox's sending rate.
"""

from __future__ import annotations

import argparse
import asyncio
import time

from bot.adapters.smtp import SmtpSender
from bot.ports import OutgoingEmail
from bot.sandbox.smtp import SmtpFront
from bot.settings import SmtpSettings

TARGET_PER_S = 500


def message(n: int) -> OutgoingEmail:
    data = (
        f"From: bot@bench.test\r\nTo: candidate{n}@bench.test\r\nSubject: Skills check {n}\r\n"
        f"Message-ID: <bench-{n}@bench.test>\r\n\r\nPlease tell us about your tools and metrics.\r\n"
    ).encode()
    return OutgoingEmail(f"<bench-{n}@bench.test>", "bot@bench.test", (f"candidate{n}@bench.test",), data)


async def main(count: int) -> float:
    delivered = 0

    async def deliver(_sender: str, _recipient: str, _data: bytes) -> None:
        nonlocal delivered
        delivered += 1

    front = SmtpFront(deliver=deliver, local_domains=frozenset({"bench.test"}))
    port = await front.start()
    emails = [message(n) for n in range(count)]
    settings = SmtpSettings(host="127.0.0.1", port=port, security="none", timeout_s=30.0)
    try:
        started = time.monotonic()
        async with SmtpSender(settings, local_hostname="bench.test") as sender:
            for email in emails:
                await sender.send(email)
        elapsed = time.monotonic() - started
    finally:
        await front.stop()
    assert delivered == count, f"server saw {delivered} of {count}"
    assert front.connections == 1, f"expected one connection, server saw {front.connections}"
    rate = count / elapsed
    verdict = "ok" if rate >= TARGET_PER_S else f"BELOW target {TARGET_PER_S}/s"
    print(f"smtp_bench: {count} messages over 1 connection in {elapsed:.2f} s = {rate:.0f} messages/s ({verdict})")
    return rate


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    asyncio.run(main(parser.parse_args().count))
