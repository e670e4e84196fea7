"""Per-reply cost of judging in a worker process against judging in a thread (issue 10).

Usage: ``.venv/bin/python bench/judge_pool_bench.py [--replies N] [--rounds R]``. Judges the same normal
replies (bench/parse_bench.py's answer, each a little different) through ``Evaluator`` with a pool of
worker processes and with the thread fallback, rounds interleaved, and prints the best round's
milliseconds per reply (wall clock, one reply at a time, as the inbox hands them over), the overhead
of the process round trip, and how long a worker takes to start (loading the lexicons).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
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


async def _round(evaluator: Evaluator, mails: list[ParsedMail]) -> float:
    start = time.perf_counter()
    for mail in mails:
        await evaluator.judge(mail)
    return (time.perf_counter() - start) / len(mails)


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
    best = {"process": float("inf"), "thread": float("inf")}
    for _ in range(args.rounds):
        best["thread"] = min(best["thread"], await _round(by_thread, mails))
        best["process"] = min(best["process"], await _round(by_process, mails))
    await by_process.close()
    await by_thread.close()
    print(f"worker start-up (first judgement, lexicons loading): {startup:.2f} s")
    for name, seconds in best.items():
        print(f"{name:8} {seconds * 1000:7.2f} ms per reply")
    print(f"overhead of the process round trip: {(best['process'] - best['thread']) * 1000:+.2f} ms per reply")


if __name__ == "__main__":
    asyncio.run(main())
