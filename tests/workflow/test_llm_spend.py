"""The model's daily budget is one budget: spend is recorded with each verdict, and every instance (or a
restarted daemon) reads today's recorded spend before it calls the model, instead of starting from zero."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from bot.app import build_app
from bot.db import counters
from bot.db.models import Evaluation
from bot.evaluation.evaluator import Evaluator
from tests.llm.answers import claims
from tests.llm.fake_server import FakeChatServer, answer, running_server
from tests.workflow.world import World, make_world

# One US dollar per million tokens either way, so a token costs one micro-dollar.
PRICES = {"input_usd_per_mtok": 1.0, "output_usd_per_mtok": 1.0}
# A first answer billed at 100,000 prompt tokens, and a cap that leaves 100 tokens' worth after it:
# a budget that knew only its own spend would allow the next call (a few thousand tokens); the shared
# one must not.
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


async def test_each_verdict_records_what_the_model_cost_and_every_instance_counts_it(
        tmp_path: Path, llm_server: FakeChatServer) -> None:
    world, front = await make_world(tmp_path, **llm_tables(llm_server))
    try:
        llm_server.script(GOOD)
        request = await world.request()
        await world.deliver("good_reply_gmail.eml", request)
        assert len(llm_server.requests) == 1
        async with world.app.db.session() as session:
            assert await counters.read(session, counters.LLM_COST_MICROUSD, world.clock.now()) == FIRST_COST_MICROUSD

        # Another instance on the same database, or this one restarted: its own total starts at zero.
        other = build_app(world.app.settings, clock=world.clock)
        second = World(other, world.clock, front)
        request_2 = await second.request("owen@cand.example")
        # A new UID and Message-ID: the first world's counters started at 1 too.
        await second.deliver("good_reply_gmail.eml", request_2, uid=100, nonce="other-instance")
        assert len(llm_server.requests) == 1  # the shared cap held: the model was not asked again
        async with other.db.session() as session:
            [evaluation] = (await session.scalars(
                select(Evaluation).where(Evaluation.request_id == request_2.id))).all()
        assert "budget" in str(evaluation.details.get("llm_error"))
        judge = other.processor.judge
        assert isinstance(judge, Evaluator) and judge.llm is not None
        assert judge.llm.budget.spent_usd * 1_000_000 == pytest.approx(FIRST_COST_MICROUSD)
        await other.close()
    finally:
        await world.app.close()
        await front.stop()


async def test_yesterdays_spend_does_not_count_today(tmp_path: Path, llm_server: FakeChatServer) -> None:
    world, front = await make_world(tmp_path, **llm_tables(llm_server))
    try:
        async with world.app.db.session() as session:
            await counters.bump(session, counters.LLM_COST_MICROUSD, world.clock.now(), FIRST_COST_MICROUSD)
            await session.commit()
        world.advance(days=1)
        llm_server.script(GOOD)
        await world.deliver("good_reply_gmail.eml", await world.request())
        assert len(llm_server.requests) == 1
    finally:
        await world.app.close()
        await front.stop()
