"""Issue 10 item 15: one sender flooding the bot can neither fill the disk nor spend the LLM budget.

Past ``[security] max_inbound_per_sender_per_hour`` a message is still recorded (nothing lost from the
record, the reason named) but without its raw bytes or text, and no later stage runs: no judge, no mail.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.admin.digest import gather_digest
from bot.db.models import Evaluation
from bot.domain.reasons import Reason
from tests.workflow.world import World, running_world

LIMIT = 3


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with running_world(tmp_path, security={"max_inbound_per_sender_per_hour": LIMIT}) as w:
        yield w


async def evaluations(world: World) -> int:
    async with world.app.db.session() as session:
        return int(await session.scalar(select(func.count()).select_from(Evaluation)) or 0)


async def test_a_candidate_flooding_replies_is_judged_at_most_the_allowance(world: World) -> None:
    request = await world.request()
    rows = [await world.deliver("poor_reply.eml", request) for _ in range(LIMIT + 5)]
    assert [r.reason for r in rows[LIMIT:]] == [Reason.SENDER_FLOODING] * 5
    assert await evaluations(world) == LIMIT  # the judge (and an LLM) saw only the allowance
    assert all(r.raw is None and r.reply_text == "" for r in rows[LIMIT:])  # the disk keeps no flood bytes


async def test_a_stranger_flooding_the_plain_address_keeps_no_raw_bytes(world: World) -> None:
    rows = [await world.deliver("stranger_asks_by_email.eml") for _ in range(LIMIT + 2)]
    assert [r.reason for r in rows] == [Reason.UNKNOWN_ENDORSER] * LIMIT + [Reason.SENDER_FLOODING] * 2
    assert rows[-1].raw is None


async def test_the_allowance_comes_back_after_an_hour(world: World) -> None:
    request = await world.request()
    for _ in range(LIMIT + 1):
        await world.deliver("poor_reply.eml", request)
    world.advance(hours=1, seconds=1)
    later = await world.deliver("poor_reply.eml", request)
    assert later.reason != Reason.SENDER_FLOODING


async def test_the_digest_shows_a_flood_as_one_line_with_its_count(world: World) -> None:
    for _ in range(LIMIT + 40):
        await world.deliver("stranger_asks_by_email.eml")
    async with world.app.db.session() as session:
        digest = await gather_digest(session, world.app.settings, world.clock.now())
    floods = [i for i in digest.unmatched + digest.refused if i.reason == Reason.SENDER_FLOODING]
    assert len(floods) == 1 and floods[0].detail.startswith("40 message(s)")
