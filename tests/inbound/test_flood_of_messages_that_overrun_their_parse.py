"""Attack (issue 10 items 3 and 15, red-team variant): a flood of poison messages, each built to overrun its parse.
Such a message is stored unread as ``parse_timeout`` with its bytes and alerted, which is right once; but nothing
of it is read, so no flood budget counted it: every one of a flood kept its bytes and raised an alert, filling the
disk and the admins' alert list. A message that overran its parse has no sender, so it shares one sender's hourly
allowance, as mail whose From is refused does; past it, each is kept as a row (size and hash) without its bytes,
and raises no alert.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlmodel import col, select

from bot.db.models import Alert
from bot.domain.reasons import Reason
from bot.evaluation.result import ParseTimeout
from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail
from tests.workflow.world import World, running_world

LIMIT = 4
POISON = b"X-Test-Poison: yes"
_NONCE = itertools.count(1)


class PoisonOverruns:
    """A parser for which every message holding the poison header overruns its budget (a stand-in for any
    message that does: the parse path itself is in tests/workflow/test_parse_timeout.py)."""

    async def parse(self, raw: bytes) -> ParsedMail:
        if POISON in raw:
            raise ParseTimeout("parsing took longer than 30 s")
        return parse_mail(raw)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with running_world(tmp_path, security={"max_inbound_per_sender_per_hour": LIMIT}) as w:
        w.app.processor.parser = PoisonOverruns()
        yield w


def poison() -> bytes:
    n = next(_NONCE)
    return (f"From: Someone <someone{n}@evil.example>\r\nTo: endorse@bot.test\r\nSubject: Look {n}\r\n"
            f"Message-ID: <poison{n}@evil.example>\r\n{POISON.decode()}\r\n"
            "Content-Type: text/html; charset=UTF-8\r\n\r\n" + "<div>" * 2000 + "\r\n").encode()


async def _alerted(world: World, inbound_id: int | None) -> bool:
    async with world.app.db.session() as session:
        return await session.scalar(select(Alert.id).where(col(Alert.inbound_id) == inbound_id)) is not None


async def test_a_flood_of_messages_that_overrun_their_parse_keeps_no_bytes_and_raises_no_alert_past_one_allowance(
        world: World) -> None:
    rows = [await world.deliver("", raw=poison()) for _ in range(LIMIT + 3)]

    assert all(r.reason == Reason.PARSE_TIMEOUT and r.id is not None for r in rows)
    assert all(r.raw is not None for r in rows[:LIMIT])  # kept for the admins, and alerted
    assert all([await _alerted(world, r.id) for r in rows[:LIMIT]])
    assert all(r.raw is None and r.size_bytes > 0 and r.content_sha256 for r in rows[LIMIT:])  # rows, not bytes
    assert not any([await _alerted(world, r.id) for r in rows[LIMIT:]])
    assert all("its bytes are not kept" in (r.reason_detail or "") for r in rows[LIMIT:])


async def test_the_allowance_opens_again_an_hour_later(world: World) -> None:
    for _ in range(LIMIT + 1):
        await world.deliver("", raw=poison())
    world.advance(hours=2)

    row = await world.deliver("", raw=poison())

    assert row.raw is not None and await _alerted(world, row.id)


async def test_mail_that_parses_is_not_held_up_by_the_flood(world: World) -> None:
    for _ in range(LIMIT + 2):
        await world.deliver("", raw=poison())

    row = await world.deliver("", raw=poison().replace(POISON, b"X-Test-Plain: yes"))

    assert row.reason != Reason.PARSE_TIMEOUT and row.raw is not None
