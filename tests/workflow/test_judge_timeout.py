"""Issue 10 item 3: judging never runs on the event loop, and a reply that overruns its budget is a
poison message only once.

The daemon judges in worker processes and kills one that overruns (the last test here; the pool itself
in tests/evaluation/test_judge_pool.py). Most tests here use the thread fallback, which runs the rules
within ``[evaluation] judge_budget_s`` too but cannot stop them. A reply built to be slow (here a
rules function that blocks its thread, standing in for any pathological input) is quarantined with the
named reason ``judge_timeout``, committed and alerted; while it is being judged the event loop keeps
running other work; and the same message fetched again is the stored row, never judged a second time.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlmodel import select

from bot.app import build_app
from bot.clock import FakeClock
from bot.db.models import Alert
from bot.domain.reasons import Reason
from bot.evaluation.evaluator import Evaluator
from bot.evaluation.judge_pool import JudgePool
from bot.evaluation.result import Judgement
from bot.evaluation.rules import judge_rules
from bot.sandbox.smtp import SmtpFront
from tests.evaluation.test_judge_pool import SPINNING
from tests.heartbeat import Heartbeat
from tests.workflow.world import World, warm_parser_and_rules, world_settings

BUDGET_S = 0.3
# How long the stand-in for a pathological reply holds its worker thread.
BLOCK_S = 3.0


class SlowRules:
    """The real rules, except that a reply saying "slow" blocks its thread for BLOCK_S seconds."""

    def __init__(self) -> None:
        self.calls = 0
        self.threads: set[str] = set()

    def __call__(self, reply_text: str, *args: object, **kwargs: object) -> Judgement:
        self.calls += 1
        self.threads.add(threading.current_thread().name)
        if "slow" in reply_text.lower():
            time.sleep(BLOCK_S)  # blocks this thread only: the event loop must not notice
        return judge_rules(reply_text, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
async def slow_world(tmp_path: Path) -> AsyncIterator[tuple[World, SlowRules]]:
    async def deliver(_sender: str, _rcpt: str, _data: bytes) -> None:
        return None

    front = SmtpFront(deliver=deliver, local_domains=frozenset({"bot.test", "admin.test"}))
    port = await front.start()
    settings = world_settings(tmp_path / "bot.sqlite3", port, evaluation={"judge_budget_s": BUDGET_S})
    rules = SlowRules()
    clock = FakeClock()
    app = build_app(settings, clock=clock, judge=Evaluator(settings, rules=rules))
    await app.db.create_schema()
    warm_parser_and_rules()  # a good reply's judgement then fits BUDGET_S even as the first in the process
    try:
        yield World(app, clock, front), rules
    finally:
        await app.close()
        await front.stop()


async def test_a_reply_that_overruns_the_budget_is_quarantined_as_judge_timeout(
        slow_world: tuple[World, SlowRules]) -> None:
    world, _rules = slow_world
    request = await world.request()
    row = await world.deliver("slow_to_judge_reply.eml", request)
    assert row.reason == Reason.JUDGE_TIMEOUT
    assert row.raw is not None  # kept for admins
    assert (await world.get(request.id)).status == "sent"  # no verdict was recorded for it
    async with world.app.db.session() as session:
        alerts = list(await session.scalars(select(Alert).where(Alert.inbound_id == row.id)))
    assert [a.kind for a in alerts] == ["quarantined"]


async def test_the_event_loop_keeps_running_while_a_reply_is_judged(slow_world: tuple[World, SlowRules]) -> None:
    world, rules = slow_world
    request = await world.request()
    async with Heartbeat() as beat:
        await world.deliver("slow_to_judge_reply.eml", request)
    # Judged on the loop, the blocked rules would have frozen the heartbeat for their whole run.
    assert beat.ticks >= 5
    assert rules.threads and all(name.startswith("endorsebot-judge") for name in rules.threads)


async def test_a_timed_out_message_fetched_again_is_never_judged_again(slow_world: tuple[World, SlowRules]) -> None:
    world, rules = slow_world
    request = await world.request()
    first = await world.deliver("slow_to_judge_reply.eml", request, uid=7)
    again = await world.deliver("slow_to_judge_reply.eml", request, uid=7)
    assert again.id == first.id and again.reason == Reason.JUDGE_TIMEOUT
    assert rules.calls == 1


async def test_a_reply_within_the_budget_is_judged_as_usual(slow_world: tuple[World, SlowRules]) -> None:
    world, _rules = slow_world
    request = await world.request()
    row = await world.deliver("good_reply_gmail.eml", request)
    assert row.reason is None
    assert (await world.get(request.id)).status == "passed"


async def test_a_reply_that_overruns_in_a_worker_process_is_quarantined_and_its_process_killed(
        tmp_path: Path) -> None:
    """The daemon's path: the worker judging the slow reply spins on the CPU until it is killed."""
    async def deliver(_sender: str, _rcpt: str, _data: bytes) -> None:
        return None

    front = SmtpFront(deliver=deliver, local_domains=frozenset({"bot.test", "admin.test"}))
    port = await front.start()
    # Long enough for a normal reply on a loaded machine (starting the worker is not counted); the
    # spinning one never ends.
    settings = world_settings(tmp_path / "bot.sqlite3", port, evaluation={"judge_budget_s": 3.0})
    pool = JudgePool(1, command=SPINNING)
    clock = FakeClock()
    app = build_app(settings, clock=clock, judge=Evaluator(settings, pool=pool))
    await app.db.create_schema()
    world = World(app, clock, front)
    try:
        good = await world.deliver("good_reply_gmail.eml", await world.request())
        assert good.reason is None  # judged in the worker as usual
        [pid] = pool.idle_pids()
        request = await world.request("hana@cand.example")
        row = await world.deliver("slow_to_judge_reply.eml", request)
        assert row.reason == Reason.JUDGE_TIMEOUT and row.raw is not None
        assert (await world.get(request.id)).status == "sent"
        assert pool.killed == 1
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # the process that spun is gone, and its CPU with it
    finally:
        await app.close()
        await front.stop()


async def test_a_reply_queued_behind_two_overrunning_judgements_is_not_charged_for_the_wait(
        slow_world: tuple[World, SlowRules]) -> None:
    """Judged in threads (no worker processes), an overrun runs on in its thread for BLOCK_S; the next reply
    waits for a thread, and as with a worker, that wait is not counted in its budget: it is judged, not
    quarantined as judge_timeout for having waited."""
    world, _rules = slow_world
    request = await world.request()
    for uid in (1, 2):  # both threads now sleep in a judgement that overran
        row = await world.deliver("slow_to_judge_reply.eml", request, uid=uid)
        assert row.reason == Reason.JUDGE_TIMEOUT
    other = await world.request("omar@cand.example")
    row = await world.deliver("good_reply_gmail.eml", other, uid=3)
    assert row.reason is None
    assert (await world.get(other.id)).status == "passed"
