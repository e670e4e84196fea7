"""Judging holds no lock (issue 12, found by bench/chaos.py): a reply used to be judged inside the
transaction that stored it, so a judge taking seconds (an LLM) held SQLite's write lock all that time.
The outbox, the sweeps and `endorsebot request` waited behind it and gave up after busy_timeout; in
the chaos campaign a daemon killed while judging left every email stuck for minutes. Now the answer
is judged before that transaction opens. Real Dovecot, the SMTP front, the real daemon."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.evaluation.result import Judgement
from bot.mail.message import ParsedMail
from tests.e2e.harness import Deployment, clock_hours_ago, eventually


async def test_mail_keeps_leaving_while_a_reply_is_being_judged(mail_servers: object, tmp_path: Path) -> None:
    d = Deployment(mail_servers, tmp_path, clock_hours_ago(0))
    await d.start()
    assert d.app
    request = await d.request("gina.slowjudge@cand.example")
    judging, release = asyncio.Event(), asyncio.Event()
    real = d.app.processor.judge

    class SlowJudge:  # an LLM taking its time: held until the test has seen other mail leave
        async def judge(self, mail: ParsedMail) -> Judgement:
            judging.set()
            await release.wait()
            return await real.judge(mail)

    d.app.processor.judge = SlowJudge()
    d.catch_up_with_the_server()
    await d.candidate_sends("good_reply_gmail.eml", request)

    async def is_judging() -> bool:
        return judging.is_set()

    await eventually(is_judging, "the reply is being judged")
    try:
        other = await d.request("omar.slowjudge@cand.example")  # queued, committed and sent meanwhile
    finally:
        release.set()
    assert other.status == "sent"
    await d.wait_status(request, "passed")
    await d.stop()
