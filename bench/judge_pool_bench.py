"""Per-reply cost of judging in a worker process against judging in a thread (issue 10).

Usage: ``.venv/bin/python bench/judge_pool_bench.py [--replies N] [--rounds R] [--parse]``. Judges the same normal
replies (bench/parse_bench.py's answer, each a little different) through ``Evaluator`` with a pool of
worker processes and with the thread fallback, rounds interleaved, and prints the best round's
milliseconds per reply (wall clock, one reply at a time, as the inbox hands them over, and CPU time of
the daemon plus its worker), the overhead of the process round trip, and how long a worker takes to
start (loading the lexicons). On a busy machine the wall clock includes waiting for a core to wake the
worker; the CPU figure is the work the round trip adds.

``--parse`` measures the parse instead (bot/inbound/parsing.py): the normal reply, a 2 MB attachment and
2 MB of HTML text parsed in the worker (the raw bytes shipped in, the ParsedMail shipped back) against
parsed in a thread, interleaved, best round; and, apart, what pickling the two ways costs in-process.
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

import pickle
from email.message import EmailMessage

from bench.parse_bench import ANSWER, plain, with_attachment
from bot.evaluation.evaluator import Evaluator
from bot.evaluation.judge_pool import JudgePool
from bot.inbound.parsing import MailParser
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


def html_text(size: int) -> bytes:
    """A reply of ``size`` bytes of ordinary HTML alone (paragraphs a reader sees): a big ParsedMail to ship back."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Dana Reyes <dana@mail.example>", "endorse@bot.example", "Re: long"
    paragraph = "".join(f'<p style="color:#333">{line}</p>' for line in ANSWER.splitlines())
    msg.set_content("<html><body>" + paragraph * (size // len(paragraph)) + "</body></html>", subtype="html")
    return msg.as_bytes()


async def _parse_round(parser: MailParser, raw: bytes, count: int, pids: list[int]) -> tuple[float, float]:
    start, cpu = time.perf_counter(), _cpu_s(pids)
    for _ in range(count):
        await parser.parse(raw)
    return (time.perf_counter() - start) / count, (_cpu_s(pids) - cpu) / count


def _shipping_s(raw: bytes, count: int) -> tuple[float, int, int]:
    """In-process CPU seconds to pickle and unpickle the job and the answer once, and their sizes."""
    mail = parse_mail(raw)
    best = float("inf")
    for _ in range(count):
        start = time.process_time()
        job, answer = pickle.dumps(("parse", raw), 5), pickle.dumps(("ok", mail), 5)
        pickle.loads(job), pickle.loads(answer)
        best = min(best, time.process_time() - start)
    return best, len(job), len(answer)


async def parse_main(rounds: int, count: int) -> None:
    settings = Settings().evaluation
    pool = JudgePool(1)
    by_process, by_thread = MailParser(settings, pool), MailParser(settings)
    messages = {"normal reply": (plain(), count), "2 MB attachment": (with_attachment(2), max(count // 20, 3)),
                "2 MB HTML text": (html_text(2_000_000), max(count // 50, 3))}
    await by_process.parse(plain())  # the worker starts here, outside the count
    pids = pool.idle_pids()
    print(f"{'message':<18}{'bytes':>10}{'answer':>10}  {'thread ms':>10}{'process ms':>11}{'extra':>8}"
          f"  {'thread CPU':>10}{'process CPU':>12}{'extra':>8}  {'pickling CPU ms':>15}")
    for name, (raw, n) in messages.items():
        wall = {"thread": float("inf"), "process": float("inf")}
        cpu = dict(wall)
        for _ in range(rounds):
            for kind, parser, workers in (("thread", by_thread, []), ("process", by_process, pids)):
                seconds, used = await _parse_round(parser, raw, n, workers)
                wall[kind], cpu[kind] = min(wall[kind], seconds), min(cpu[kind], used)
        shipping, job_size, answer_size = _shipping_s(raw, 5)
        print(f"{name:<18}{job_size:>10,}{answer_size:>10,}  "
              f"{wall['thread'] * 1e3:>10.2f}{wall['process'] * 1e3:>11.2f}"
              f"{(wall['process'] - wall['thread']) * 1e3:>+8.2f}  {cpu['thread'] * 1e3:>10.2f}"
              f"{cpu['process'] * 1e3:>12.2f}{(cpu['process'] - cpu['thread']) * 1e3:>+8.2f}  {shipping * 1e3:>15.3f}")
    by_thread.close()
    await pool.close()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replies", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--parse", action="store_true", help="the parse in a worker against in a thread")
    args = parser.parse_args()
    if args.parse:
        await parse_main(args.rounds, args.replies)
        return
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
