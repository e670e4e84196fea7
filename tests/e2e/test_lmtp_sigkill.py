"""A real SIGKILL of `endorsebot run` in LMTP mode while Postfix waits for the answer to DATA.

The daemon runs as its own process, as deployed. To stop it at the worst moment, its judge asks an LLM
(a scripted chat server on loopback) that holds the question: the reply has reached the daemon over LMTP,
nothing is committed and Postfix waits for its 250. Then the process is killed with SIGKILL. Postfix keeps the
message; the restarted daemon (its flush_command asks Postfix at once) receives it again and judges it once.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from sqlmodel import col, select

from bot.db.engine import Database
from bot.db.models import EndorsementRequest, Evaluation, InboundMessage
from bot.outbound import addresses
from bot.outbound.outbox import COPY_KIND
from tests.e2e.harness import _smtp_send, eventually
from tests.e2e.lmtp_harness import LmtpDeployment, PostfixWorld, postfix_world, real_now_clock
from tests.llm.fake_server import hang, running_server
from tests.workflow.world import World

__all__ = ["postfix_world"]  # the fixture, for pytest

# A bound for a process to start on a loaded machine, not a timing assertion.
START_BOUND_S = 120.0


def _config(path: Path, d: LmtpDeployment, world: PostfixWorld, classifier: str, llm_url: str) -> Path:
    path.write_text(
        f'[bot]\naddress = "{d.bot}"\n'
        f'[database]\nurl = "{d.settings.database.url}"\n'
        f'[admins]\naddresses = ["{d.admin}"]\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {world.postfix.port}\n'
        f'[ingress]\nmode = "lmtp"\nlisten = "127.0.0.1:{world.lmtp_port}"\nflush_command = "{world.flush_command()}"\n'
        f'[classifier]\nmode = "{classifier}"\n'
        f'[llm]\nbase_url = "{llm_url}"\nmodel = "judge-model"\ntimeout_s = 300\nmax_retries = 0\n'
        '[workflow]\nsweep_interval_s = 3600\n',
        encoding="utf-8")
    return path


async def _start(config: Path, log: Path) -> asyncio.subprocess.Process:
    with log.open("ab") as err:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "--config", str(config), "run", "--log-format", "json",
            stdout=asyncio.subprocess.DEVNULL, stderr=err)

    async def listening() -> bool:
        if process.returncode is not None:
            raise AssertionError(f"the daemon exited {process.returncode}: {log.read_text()[-2000:]}")
        return log.read_text().count('"LMTP: listening"') >= starts_before + 1

    starts_before = log.read_text().count('"LMTP: listening"') if log.exists() else 0
    await eventually(listening, "the daemon listens for LMTP", timeout_s=START_BOUND_S)
    return process


async def _rows(db: Database) -> tuple[list[InboundMessage], list[Evaluation], EndorsementRequest | None]:
    async with db.session() as s:
        inbound = list(await s.scalars(select(InboundMessage).where(col(InboundMessage.kind) != COPY_KIND)))
        evaluations = list(await s.scalars(select(Evaluation)))
        request = await s.scalar(select(EndorsementRequest))
    return inbound, evaluations, request


async def test_sigkill_while_postfix_waits_for_the_250_the_reply_arrives_and_is_judged_once(
        postfix_world: PostfixWorld, tmp_path: Path) -> None:
    world = postfix_world
    d = LmtpDeployment(world, tmp_path, real_now_clock())
    await d.start()
    request = await d.request("gina@cand.example")
    await d.wait_outbox_idle()
    assert d.app
    raw = await World(d.app, d.clock, None, bot=d.bot).render("good_reply_gmail.eml", request)  # type: ignore[arg-type]
    await d.stop()

    log = tmp_path / "daemon.log"
    db = Database(d.settings.database.url)
    with running_server() as llm:
        llm.script(hang(600))  # the judge's question is held: the daemon sits mid-delivery
        config = _config(tmp_path / "config.toml", d, world, "both", llm.base_url)
        process = await _start(config, log)
        to = addresses.reply_address(d.bot, request.token)
        await asyncio.to_thread(_smtp_send, world.postfix.port, request.candidate_email, to, raw)

        async def judging() -> bool:
            return any(r.path.endswith("/chat/completions") for r in llm.requests)

        await eventually(judging, "the daemon is judging the reply, Postfix waiting for its 250", timeout_s=60)
        os.kill(process.pid, signal.SIGKILL)
        assert await process.wait() == -signal.SIGKILL

        async def postfix_kept_it() -> bool:
            return "lost connection with 127.0.0.1" in d.maillog()

        await eventually(postfix_kept_it, "Postfix saw the connection die before the 250", timeout_s=60)
        inbound, evaluations, _ = await _rows(db)
        assert inbound == [] and evaluations == []

        # Restarted (judged by the rules this time: the held question died with the process).
        _config(config, d, world, "rules", llm.base_url)
        process = await _start(config, log)
        try:
            async def judged() -> bool:
                _, _, row = await _rows(db)
                return row is not None and row.status in ("passed", "failed", "needs_review")

            await eventually(judged, "the reply judged after the restart", timeout_s=60)

            async def queue_empty() -> bool:
                return world.postfix.queued() == 0

            await eventually(queue_empty, "Postfix delivered everything", timeout_s=60)
            inbound, evaluations, row = await _rows(db)
            assert [m.kind for m in inbound] == ["reply"] and inbound[0].reason is None
            assert len(evaluations) == 1 and row is not None and row.status == "passed"
        finally:
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), START_BOUND_S)
            await db.close()
