"""Issue 10 item 3 in [ingress] mode = "lmtp": a real Postfix hands the daemon a message whose parse spins
(the spinning judge worker, tests/evaluation/spinning_worker.py, stands in for mail built to be slow to
parse). The worker is killed at ``parse_budget_s``, the message committed as ``parse_timeout`` and Postfix
answered 250, so it leaves the queue and is never delivered again; the next reply is parsed and judged in
a fresh worker as usual."""

from __future__ import annotations

from pathlib import Path

from bot.domain.reasons import Reason
from bot.evaluation.evaluator import Evaluator
from bot.evaluation.judge_pool import JudgePool
from tests.e2e.harness import eventually
from tests.e2e.lmtp_harness import LmtpDeployment, PostfixWorld, postfix_world, real_now_clock
from tests.evaluation.spinning_worker import SPIN_PARSING
from tests.evaluation.test_judge_pool import SPINNING

__all__ = ["postfix_world"]  # the fixture, for pytest


async def test_a_message_slow_to_parse_gets_its_250_once_stored_as_parse_timeout(
        postfix_world: PostfixWorld, tmp_path: Path) -> None:
    d = LmtpDeployment(postfix_world, tmp_path, real_now_clock())
    d.settings = d.settings.replace(evaluation={"parse_budget_s": 2.0})
    pool = JudgePool(1, command=SPINNING)
    await d.start(judge=Evaluator(d.settings, pool=pool))
    try:
        request = await d.request("gina@cand.example")
        await d.wait_outbox_idle()
        await d.candidate_sends("slow_to_parse_reply.eml", request)
        [row] = await d.wait_inbound(1)
        assert row.reason == Reason.PARSE_TIMEOUT and row.mailbox == "lmtp"
        assert row.raw is not None and SPIN_PARSING in row.raw and pool.killed == 1

        async def left_the_queue() -> bool:
            return "status=sent (250 2.0.0 <" in d.maillog() and d.world.postfix.queued() == 0

        await eventually(left_the_queue, "Postfix got its 250 and holds nothing more")
        d.advance(minutes=1)  # the MTA's stamp before the reply's arrival, as in production
        await d.candidate_sends("good_reply_gmail.eml", request)
        await d.wait_status(request, "passed")
        assert sorted(str(m.reason) for m in await d.inbound()) == ["None", "parse_timeout"]
        assert pool.killed == 1
    finally:
        await d.stop()
