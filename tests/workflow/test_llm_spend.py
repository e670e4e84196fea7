"""The model's daily budget is a daily budget: spend is recorded with each verdict, and a restarted
daemon picks up where today's spending stood instead of starting from zero."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from bot.app import build_app
from bot.daemon import Daemon
from bot.db import counters
from bot.db.models import Evaluation
from bot.evaluation.evaluator import Evaluator
from tests.llm.answers import claims
from tests.llm.fake_server import FakeChatServer, answer, running_server
from tests.workflow.world import World, make_world

# One US dollar per million tokens either way, so a token costs one micro-dollar.
PRICES = {"input_usd_per_mtok": 1.0, "output_usd_per_mtok": 1.0}
# A first answer billed at 100,000 prompt tokens, and a cap that leaves 100 tokens' worth after it:
# a fresh budget allows the next call (a few thousand tokens), a restored one must not.
FIRST_COST_MICROUSD = 100_000 + 120
DAILY_CAP_USD = (FIRST_COST_MICROUSD + 100) / 1_000_000

GOOD = answer(claims(["Hootsuite", "Canva"], ["engagement rate", "reach", "click-through rate"],
                     ["acknowledge their frustration publicly, apologise, and then move the conversation to DMs"]),
              prompt_tokens=100_000, completion_tokens=120)


@pytest.fixture
def llm_server() -> Iterator[FakeChatServer]:
    with running_server() as server:
        yield server


def llm_tables(server: FakeChatServer) -> dict[str, dict[str, object]]:
    return {"classifier": {"mode": "both"},
            "llm": {"base_url": server.base_url, "model": "judge", "daily_budget_usd": DAILY_CAP_USD, **PRICES}}


async def test_each_verdict_records_what_the_model_cost_and_a_restart_carries_it_over(
        tmp_path: Path, llm_server: FakeChatServer) -> None:
    world, front = await make_world(tmp_path, **llm_tables(llm_server))
    try:
        llm_server.script(GOOD)
        request = await world.request()
        await world.deliver("good_reply_gmail.eml", request)
        assert len(llm_server.requests) == 1
        async with world.app.db.session() as session:
            assert await counters.read(session, counters.LLM_COST_MICROUSD, world.clock.now()) == FIRST_COST_MICROUSD

        # The daemon restarts: a new app on the same database, its budget restored from the counter.
        restarted = build_app(world.app.settings, clock=world.clock)
        await Daemon(restarted).restore_llm_spend()
        judge = restarted.processor.judge
        assert isinstance(judge, Evaluator) and judge.llm is not None
        assert judge.llm.budget.spent_usd * 1_000_000 == pytest.approx(FIRST_COST_MICROUSD)

        second = World(restarted, world.clock, front)
        other = await second.request("owen@cand.example")
        # A new UID and Message-ID: the first world's counters started at 1 too.
        await second.deliver("good_reply_gmail.eml", other, uid=100, nonce="after-restart")
        assert len(llm_server.requests) == 1  # the cap held: the model was not asked again
        async with restarted.db.session() as session:
            [evaluation] = (await session.scalars(
                select(Evaluation).where(Evaluation.request_id == other.id))).all()
        assert "budget" in str(evaluation.details.get("llm_error"))
        await restarted.close()
    finally:
        await world.app.close()
        await front.stop()


async def test_a_new_day_starts_with_a_fresh_budget(tmp_path: Path, llm_server: FakeChatServer) -> None:
    world, front = await make_world(tmp_path, **llm_tables(llm_server))
    try:
        async with world.app.db.session() as session:
            await counters.bump(session, counters.LLM_COST_MICROUSD, world.clock.now(), FIRST_COST_MICROUSD)
            await session.commit()
        world.advance(days=1)
        restarted = build_app(world.app.settings, clock=world.clock)
        await Daemon(restarted).restore_llm_spend()
        judge = restarted.processor.judge
        assert isinstance(judge, Evaluator) and judge.llm is not None
        assert judge.llm.budget.spent_usd == 0.0
        await restarted.close()
    finally:
        await world.app.close()
        await front.stop()

