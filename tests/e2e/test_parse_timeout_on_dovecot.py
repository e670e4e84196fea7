"""Issue 10 item 3 on real Dovecot, with the real daemon: a message whose parse spins (the spinning judge
worker, tests/evaluation/spinning_worker.py, stands in for mail built to be slow to parse) holds up neither
the outbox nor the event loop nor a stop (what SIGTERM sets); stopped mid-parse, the message is not
forgotten: nothing was committed, so the next start fetches it again, and within a bounded budget it is
stored as ``parse_timeout``, committed once and never fetched or parsed again after a further restart.
"""

from __future__ import annotations

from pathlib import Path

from bot.domain.reasons import Reason
from bot.evaluation.evaluator import Evaluator
from bot.evaluation.judge_pool import JudgePool
from bot.inbound.parsing import Parser
from bot.mail.message import ParsedMail
from tests.e2e.harness import Deployment, clock_hours_ago, eventually
from tests.evaluation.spinning_worker import SPIN_PARSING
from tests.evaluation.test_judge_pool import SPINNING
from tests.heartbeat import Heartbeat


class WatchedParser:
    """The daemon's own parser, noting each slow message it is handed."""

    def __init__(self, inner: Parser) -> None:
        self.inner = inner
        self.slow_ones = 0

    async def parse(self, raw: bytes) -> ParsedMail:
        self.slow_ones += SPIN_PARSING in raw
        return await self.inner.parse(raw)


async def _start(d: Deployment, parse_budget_s: float) -> JudgePool:
    """The daemon, as deployed except for its one judge worker, which spins on the slow message."""
    d.settings = d.settings.replace(evaluation={"parse_budget_s": parse_budget_s})
    pool = JudgePool(1, command=SPINNING)
    await d.start(judge=Evaluator(d.settings, pool=pool))
    return pool


async def test_a_message_slow_to_parse_stops_nothing_and_is_quarantined_once_across_restarts(
        mail_servers: object, tmp_path: Path) -> None:
    d = Deployment(mail_servers, tmp_path, clock_hours_ago(0))
    # First run: a budget the spinning parse never reaches, so it is still parsing when the daemon stops.
    pool = await _start(d, parse_budget_s=3600.0)
    assert d.app
    watched = d.app.processor.parser = WatchedParser(d.app.processor.parser)
    request = await d.request("gina.slowparse@cand.example")
    d.catch_up_with_the_server()
    await d.wait_outbox_idle()

    async def parsing() -> bool:
        return watched.slow_ones == 1

    await d.candidate_sends("slow_to_parse_reply.eml", request)
    await eventually(parsing, "the slow message is being parsed")
    async with Heartbeat() as beat:

        async def beating() -> bool:
            return beat.ticks >= 20

        await eventually(beating, "the event loop ticking while the message is parsed")
        other = await d.request("omar.slowparse@cand.example")  # queued, committed and sent meanwhile
    assert other.status == "sent"
    assert pool.idle_pids() == [] and pool.killed == 0  # and all that while its one worker still spun on it
    await d.stop()  # the stop event SIGTERM sets: the daemon ends while the worker spins (bounded by its guard)
    assert pool.killed == 0 and pool.idle_pids() == []  # cut off by the stop, not by the budget; none left
    assert [m for m in await d.inbound() if m.raw and SPIN_PARSING in m.raw] == []  # nothing committed ...

    # ... so the next start fetches it again (never forgotten), and within a budget it is quarantined.
    pool = await _start(d, parse_budget_s=2.0)

    async def quarantined() -> bool:
        return any(m.reason == Reason.PARSE_TIMEOUT for m in await d.inbound())

    await eventually(quarantined, "the slow message stored as parse_timeout")
    [row] = [m for m in await d.inbound() if m.reason == Reason.PARSE_TIMEOUT]
    assert row.raw is not None and SPIN_PARSING in row.raw and row.from_addr == ""
    assert pool.killed == 1  # the worker that spun on it, stopped at the budget
    await d.stop()

    # A third start reads the mailbox from where the second left it: the poison message is not fetched again.
    # (A start returns once the mailbox has been read.) Parsed again, it would spin and be killed.
    pool = await _start(d, parse_budget_s=2.0)
    request_after = await d.request("hana.slowparse@cand.example")  # the outbox flowing, the copy read
    assert request_after.status == "sent"
    assert pool.killed == 0
    assert [m.id for m in await d.inbound() if m.reason == Reason.PARSE_TIMEOUT] == [row.id]
    assert (await d.get(request.id)).status == "sent"
    await d.stop()
