"""Issue 10: a flood whose From changes with every message is still stopped.

The per-sender allowance counts by From, which costs an attacker nothing to change. These attacks rotate
addresses, subdomains and whole domains, or aim many addresses at one request's token; each is stopped by a
budget it cannot escape (bot/inbound/limits.py), and each message over a budget is still kept as a row with
its named reason (never its raw bytes), counted, and shown to admins as one digest line per flood. A
candidate's answer and an admin's mail still get through while strangers flood the bot.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from bot.admin.digest import gather_digest
from bot.db.models import Alert, Evaluation
from bot.domain.reasons import Reason
from tests.workflow.world import World, running_world

LIMIT = 4
_NONCE = itertools.count(1)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    security = {"max_inbound_per_request": LIMIT, "max_inbound_per_domain_per_hour": LIMIT,
                "max_inbound_per_hour": 2 * LIMIT}
    async with running_world(tmp_path, security=security) as w:
        yield w


def stranger(sender: str) -> bytes:
    n = next(_NONCE)
    return (f"From: Mallory <{sender}>\r\nTo: endorse@bot.test\r\nSubject: Please check these people {n}\r\n"
            f"Message-ID: <flood{n}@flood.example>\r\nDate: Mon, 05 Jan 2026 08:00:00 +0000\r\n"
            "Content-Type: text/plain; charset=UTF-8\r\n\r\nPlease endorse my friends, all of them.\r\n").encode()


async def count(world: World, model: type, *where: Any) -> int:
    async with world.app.db.session() as session:
        query: Any = select(func.count()).select_from(model).where(*where)
        return int(await session.scalar(query) or 0)


async def test_rotating_addresses_and_subdomains_of_one_domain_are_stopped_by_the_domain_budget(world: World) -> None:
    senders = [f"m{i}@evil.example" if i % 2 else f"m{i}@a{i}.evil.example" for i in range(LIMIT + 3)]
    rows = [await world.deliver("", raw=stranger(s)) for s in senders]
    assert [r.reason for r in rows[LIMIT:]] == [Reason.DOMAIN_FLOODING] * 3
    assert all(r.raw is None and r.id is not None for r in rows[LIMIT:])  # kept as rows, not as bytes
    assert "evil.example" in (rows[-1].reason_detail or "")
    # Another domain is not affected.
    assert (await world.deliver("", raw=stranger("someone@other.example"))).reason != Reason.DOMAIN_FLOODING


async def test_rotating_domains_are_stopped_by_the_global_budget_and_admins_are_alerted_once(world: World) -> None:
    rows = [await world.deliver("", raw=stranger(f"m@d{i}.example")) for i in range(2 * LIMIT + 5)]
    assert [r.reason for r in rows[2 * LIMIT:]] == [Reason.INBOUND_BUDGET] * 5
    assert all(r.raw is None for r in rows[2 * LIMIT:])
    assert await count(world, Alert, col(Alert.kind) == "inbound_budget") == 1


async def test_a_leaked_token_flooded_from_rotating_addresses_is_stopped_per_request(world: World) -> None:
    request = await world.request()
    rows = [await world.deliver("poor_reply.eml", request, candidate=f"x{i}@r{i}.example") for i in range(LIMIT + 3)]
    assert [r.reason for r in rows[:LIMIT]] == [Reason.WRONG_SENDER] * LIMIT
    assert [r.reason for r in rows[LIMIT:]] == [Reason.REQUEST_FLOODING] * 3
    assert all(r.request_id == request.id for r in rows)  # counted against the request they aimed at
    # The wrong-sender alerts stop with the budget.
    assert await count(world, Alert, col(Alert.kind) == "wrong_sender") == LIMIT


class CountingJudge:
    def __init__(self, inner: Any) -> None:
        self.inner, self.calls = inner, 0

    async def judge(self, mail: Any) -> Any:
        self.calls += 1
        return await self.inner.judge(mail)


async def test_a_candidate_sending_reply_after_reply_is_judged_at_most_the_request_budget(world: World) -> None:
    judge = CountingJudge(world.app.processor.judge)
    world.app.processor.judge = judge
    request = await world.request()
    rows = [await world.deliver("poor_reply.eml", request) for _ in range(LIMIT + 2)]
    assert [r.reason for r in rows[LIMIT:]] == [Reason.REQUEST_FLOODING] * 2
    assert await count(world, Evaluation) <= LIMIT
    assert judge.calls <= LIMIT  # the replies over the budget never reached the judge (nor a model)


async def test_a_candidate_can_still_answer_while_strangers_flood_the_bot(world: World) -> None:
    request = await world.request()
    for i in range(2 * LIMIT + 3):
        await world.deliver("", raw=stranger(f"m@d{i}.example"))
    row = await world.deliver("good_reply_gmail.eml", request)
    assert row.reason is None
    assert (await world.get(request.id)).status == "passed"


async def test_an_admin_is_not_counted_against_the_global_budget(world: World) -> None:
    for i in range(2 * LIMIT + 1):
        await world.deliver("", raw=stranger(f"m@d{i}.example"))
    row = await world.deliver("", raw=stranger("admin@admin.test"))
    assert row.reason != Reason.INBOUND_BUDGET


async def test_the_budgets_come_back_after_an_hour(world: World) -> None:
    for i in range(2 * LIMIT + 1):
        await world.deliver("", raw=stranger(f"m@d{i}.example"))
    world.advance(hours=2)
    row = await world.deliver("", raw=stranger("m@fresh.example"))
    assert row.reason not in (Reason.INBOUND_BUDGET, Reason.DOMAIN_FLOODING)


async def test_the_digest_shows_each_flood_as_one_line_with_its_count(world: World) -> None:
    for i in range(LIMIT + 6):
        await world.deliver("", raw=stranger(f"m{i}@a{i}.evil.example"))
    async with world.app.db.session() as session:
        digest = await gather_digest(session, world.app.settings, world.clock.now())
    floods = [i for i in digest.unmatched + digest.refused if i.reason == Reason.DOMAIN_FLOODING]
    assert len(floods) == 1 and floods[0].detail.startswith("6 message(s) over the budget (evil.example")


async def test_a_flood_forging_the_admin_with_trailing_dots_is_stopped_by_the_global_budget(world: World) -> None:
    """Red-team variant: "admin@admin.test.", "admin@admin.test..", ... each a sender of its own (the per-sender
    allowance counts by From as written), each read as the admin once its root dots are dropped, so each was
    exempt from the domain and global budgets: a flood without end past every budget."""
    for i in range(2 * LIMIT + 1):
        await world.deliver("", raw=stranger(f"m@d{i}.example"))
    rows = [await world.deliver("", raw=stranger("admin@admin.test" + "." * k)) for k in range(1, 6)]
    assert [r.reason for r in rows] == [Reason.INBOUND_BUDGET] * 5
    assert all(r.raw is None for r in rows)
