"""Judging in worker processes (issue 10): a reply that overruns its budget is stopped by killing its
process, so it stops using CPU at once, and a fresh worker takes its place; a worker that dies costs
one message (quarantined by the processor), never the pool; the event loop runs on meanwhile; and the
judgement is the same as the rules give in-process.

The workers are real processes (``python -m bot.evaluation.judge_worker``); only the spinning one is a
stand-in for a reply built to be slow (tests/evaluation/spinning_worker.py wraps the real worker).
"""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.evaluation import judge_worker
from bot.evaluation.bounded import RulesInput, judge_bounded
from bot.evaluation.judge_pool import JudgePool, JudgePoolClosed, JudgeWorkerError
from bot.evaluation.result import JudgeTimeout, ParseTimeout, Verdict
from bot.mail.parse import parse_mail
from bot.settings import EvaluationSettings
from tests.heartbeat import Heartbeat

SPINNING = (sys.executable, str(Path(__file__).with_name("spinning_worker.py")))
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "inbound"
GOOD = ("I schedule with Buffer and Hootsuite and watch reach, CTR and engagement rate.\n"
        "Tip: when a customer is angry, listen first and apologise.")
# Generous: a loaded machine must not turn a normal judgement into a timeout. The spinning reply
# never ends, so any budget stops it.
BUDGET_S = 30.0
SPIN_BUDGET_S = 1.0


@pytest.fixture
async def pool() -> AsyncIterator[JudgePool]:
    p = JudgePool(1, command=SPINNING)
    try:
        yield p
    finally:
        await p.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


async def test_a_reply_that_spins_forever_is_stopped_with_its_process_and_a_fresh_worker_takes_over(
        pool: JudgePool) -> None:
    settings = EvaluationSettings()
    assert (await pool.judge(RulesInput.of_text(GOOD), settings, BUDGET_S)).verdict is Verdict.PASS
    [spinning_pid] = pool.idle_pids()

    with pytest.raises(JudgeTimeout):
        await pool.judge(RulesInput.of_text("Sorry for the slow answer"), settings, SPIN_BUDGET_S)

    assert not _alive(spinning_pid)  # killed and reaped: it uses no CPU any more
    assert pool.killed == 1
    assert (await pool.judge(RulesInput.of_text(GOOD), settings, BUDGET_S)).verdict is Verdict.PASS
    assert pool.started == 2 and pool.idle_pids() != [spinning_pid]


async def test_a_worker_that_dies_fails_one_judgement_and_is_replaced(pool: JudgePool) -> None:
    settings = EvaluationSettings()
    with pytest.raises(JudgeWorkerError, match="died"):
        await pool.judge(RulesInput.of_text("die now"), settings, BUDGET_S)
    assert (await pool.judge(RulesInput.of_text(GOOD), settings, BUDGET_S)).verdict is Verdict.PASS


async def test_the_event_loop_runs_on_while_a_worker_spins(pool: JudgePool) -> None:
    settings = EvaluationSettings()
    await pool.judge(RulesInput.of_text(GOOD), settings, BUDGET_S)  # started before the count
    async with Heartbeat() as beat:
        with pytest.raises(JudgeTimeout):
            await pool.judge(RulesInput.of_text("Sorry for the slow answer"), settings, SPIN_BUDGET_S)
    assert beat.ticks >= 5


async def test_a_worker_process_judges_as_the_rules_do_in_process() -> None:
    settings = EvaluationSettings()
    pool = JudgePool(2)
    try:
        for name in ("good_reply_gmail", "slow_to_judge_reply"):
            mail = parse_mail((FIXTURES / f"{name}.eml").read_bytes())
            here = judge_bounded(mail, settings)
            there = await pool.judge(RulesInput.of(mail, settings), settings, BUDGET_S)
            assert (there.verdict, there.reasons, there.criteria_json()) == (
                here.verdict, here.reasons, here.criteria_json())
    finally:
        await pool.close()
    assert pool.idle_pids() == []


async def test_closing_the_pool_ends_its_workers(pool: JudgePool) -> None:
    await pool.judge(RulesInput.of_text(GOOD), EvaluationSettings(), BUDGET_S)
    [pid] = pool.idle_pids()
    await pool.close()
    assert not _alive(pid)
    with pytest.raises(JudgeWorkerError, match="closed"):
        await pool.judge(RulesInput.of_text(GOOD), EvaluationSettings(), BUDGET_S)


SLOW_TO_PARSE = b"From: a@cand.example\r\nX-Test-Slow-Parse: yes\r\nSubject: Re: q\r\n\r\nI use Buffer.\r\n"
DIES_PARSING = b"From: a@cand.example\r\nX-Test-Die-Parsing: yes\r\nSubject: Re: q\r\n\r\nI use Buffer.\r\n"


async def test_a_worker_process_parses_every_fixture_as_parse_mail_does_in_process() -> None:
    """The ParsedMail that comes back through the pipe is the same value, field for field."""
    pool = JudgePool(1)
    try:
        for path in sorted(FIXTURES.rglob("*.eml")):
            raw = path.read_bytes()
            assert await pool.parse(raw, BUDGET_S) == parse_mail(raw), path.name
    finally:
        await pool.close()


async def test_a_message_that_spins_in_the_parser_is_stopped_with_its_process_and_a_fresh_worker_takes_over(
        pool: JudgePool) -> None:
    good = (FIXTURES / "good_reply_gmail.eml").read_bytes()
    assert (await pool.parse(good, BUDGET_S)).reply_text == parse_mail(good).reply_text
    [spinning_pid] = pool.idle_pids()
    async with Heartbeat() as beat:
        with pytest.raises(ParseTimeout, match="parsing took longer than 1 s"):
            await pool.parse(SLOW_TO_PARSE, SPIN_BUDGET_S)
    assert beat.ticks >= 5  # the loop ran on while the worker spun
    assert not _alive(spinning_pid) and pool.killed == 1
    assert (await pool.parse(good, BUDGET_S)).reply_text == parse_mail(good).reply_text
    assert (await pool.judge(RulesInput.of_text(GOOD), EvaluationSettings(), BUDGET_S)).verdict is Verdict.PASS


async def test_a_real_parse_that_overruns_a_tiny_budget_is_stopped_with_its_process() -> None:
    """No stand-in: the real parser on a megabyte of tag soup (linear, but a good tenth of a second) against
    the smallest budget the settings allow, 10 ms."""
    soup = b"<div><p style='color:#333'>I use <b>Hootsuite</b> and watch <i>reach</i>.</p></div>\r\n" * 14_000
    raw = b"From: a@cand.example\r\nSubject: Re: q\r\nContent-Type: text/html\r\n\r\n" + soup
    pool = JudgePool(1)
    try:
        await pool.parse(b"Subject: warm\r\n\r\nhi\r\n", BUDGET_S)  # started outside the budget
        [pid] = pool.idle_pids()
        with pytest.raises(ParseTimeout):
            await pool.parse(raw, 0.01)
        assert pool.killed == 1 and not _alive(pid)
    finally:
        await pool.close()


async def test_a_worker_that_dies_parsing_fails_that_message_only(pool: JudgePool) -> None:
    with pytest.raises(JudgeWorkerError, match="died"):
        await pool.parse(DIES_PARSING, BUDGET_S)
    good = (FIXTURES / "good_reply_gmail.eml").read_bytes()
    assert (await pool.parse(good, BUDGET_S)).from_addr == parse_mail(good).from_addr


async def test_a_closed_pool_says_so_apart_from_a_broken_worker(pool: JudgePool) -> None:
    """The processor stores nothing for a message the pool refused because it closed (the daemon stopping)."""
    await pool.close()
    with pytest.raises(JudgePoolClosed):
        await pool.parse(b"Subject: x\r\n\r\nhi\r\n", BUDGET_S)


def _running(pid: int) -> tuple[bool, int]:
    """Whether the process runs (a zombie does not), and its user CPU time in clock ticks."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return False, 0
    return fields[0] not in ("Z", "X"), int(fields[11])


_DAEMON = """
import asyncio, sys
from bot.evaluation.bounded import RulesInput
from bot.evaluation.judge_pool import JudgePool
from bot.settings import EvaluationSettings

async def main() -> None:
    pool = JudgePool(1, command=tuple(sys.argv[1:]))
    await pool.judge(RulesInput.of_text("I use Buffer."), EvaluationSettings(), 300)
    print(pool.idle_pids()[0], flush=True)
    await pool.judge(RulesInput.of_text("Sorry for the slow answer"), EvaluationSettings(), 300)

asyncio.run(main())
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux, where prctl is used)")
def test_a_worker_spinning_on_a_reply_dies_with_the_daemon_even_when_the_daemon_is_killed() -> None:
    """SIGKILL gives the daemon no chance to kill its workers: the worker's parent-death signal does."""
    daemon = subprocess.Popen([sys.executable, "-c", _DAEMON, *SPINNING], stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parents[2])
    pid = 0
    try:
        assert daemon.stdout is not None
        pid = int(daemon.stdout.readline())
        _, ticks = _running(pid)
        for _ in range(_POLLS):  # until the worker is spinning on the slow reply
            alive, now = _running(pid)
            if not alive or now - ticks >= 20:
                break
            time.sleep(0.05)
        daemon.kill()
        daemon.wait()
        for _ in range(_POLLS):  # a bound, not a timing: it dies at once or spins forever
            if not _running(pid)[0]:
                break
            time.sleep(0.05)
        assert not _running(pid)[0], "the worker outlived its killed daemon"
    finally:
        daemon.kill()
        if pid and _running(pid)[0]:
            os.kill(pid, signal.SIGKILL)


_POLLS = 600


def test_a_worker_makes_what_it_loaded_permanent_for_the_garbage_collector() -> None:
    """A full collection walked the lexicons (about 40 ms) in the middle of whichever judgement it fell on."""
    gc.unfreeze()
    try:
        judge_worker._warm()
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
