"""Per-reply cost of judging in a worker process against judging in a thread (issue 10).

Usage: ``.venv/bin/python bench/judge_pool_bench.py [--replies N] [--rounds R]``. Judges the same normal
replies (bench/parse_bench.py's answer, each a little different) through ``Evaluator`` with a pool of
worker processes and with the thread fallback, rounds interleaved, and prints the best round's
milliseconds per reply (wall clock, one reply at a time, as the inbox hands them over, and CPU time of
the daemon plus its worker), the overhead of the process round trip, and how long a worker takes to
start (loading the lexicons). On a busy machine the wall clock includes waiting for a core to wake the
worker; the CPU figure is the work the round trip adds.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.parse_bench import plain
from bot.evaluation.evaluator import Evaluator
from bot.evaluation.judge_pool import JudgePool
from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail
from bot.settings import Settings


def _cpu_s(pids: list[int]) -> float:
    """This process's CPU time plus that of ``pids`` (the workers), from /proc."""
    total = time.process_time()
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


async def _round(evaluator: Evaluator, mails: list[ParsedMail], pids: list[int]) -> tuple[float, float]:
    """Wall-clock and CPU seconds per reply."""
    start, cpu = time.perf_counter(), _cpu_s(pids)
    for mail in mails:
        await evaluator.judge(mail)
    return (time.perf_counter() - start) / len(mails), (_cpu_s(pids) - cpu) / len(mails)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replies", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    settings = Settings()
    base = parse_mail(plain())
    mails = [dataclasses.replace(base, reply_text=base.reply_text + f"\nReply {i}.") for i in range(args.replies)]
    pool = JudgePool(1)
    started = time.perf_counter()
    by_process = Evaluator(settings, pool=pool)
    await by_process.judge(mails[0])
    startup = time.perf_counter() - started
    by_thread = Evaluator(settings)
    await by_thread.judge(mails[0])  # the lexicons load here, outside the count
    pids = pool.idle_pids()
    wall = {"process": float("inf"), "thread": float("inf")}
    cpu = dict(wall)
    for _ in range(args.rounds):
        for name, evaluator, workers in (("thread", by_thread, []), ("process", by_process, pids)):
            seconds, used = await _round(evaluator, mails, workers)
            wall[name], cpu[name] = min(wall[name], seconds), min(cpu[name], used)
    await by_process.close()
    await by_thread.close()
    print(f"worker start-up (first judgement, lexicons loading): {startup:.2f} s")
    for name in wall:
        print(f"{name:8} {wall[name] * 1000:7.2f} ms per reply (wall clock), {cpu[name] * 1000:7.2f} ms CPU")
    print(f"overhead of the process round trip: {(wall['process'] - wall['thread']) * 1000:+.2f} ms wall clock, "
          f"{(cpu['process'] - cpu['thread']) * 1000:+.2f} ms CPU per reply")


if __name__ == "__main__":
    asyncio.run(main())
