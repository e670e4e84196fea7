"""Attack (issue 10 item 15, red-team variant): a flood of mail whose From the parser refuses (two mailboxes, a
control character, an encoded word or an invisible character in the address). Such a message is refused before
any other stage, as ``ambiguous_sender`` or ``encoded_sender``, with its raw bytes kept for the admins; but that
came before every flood check, so each one of a flood kept its bytes and no budget counted it: a stranger could
fill the disk at will by writing a second address into From. Mail without a sender now shares one sender's hourly
allowance; past it, it is kept as a row with its reason, without its bytes, as every other flood.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.domain.reasons import Reason
from tests.workflow.world import World, running_world

LIMIT = 4
_NONCE = itertools.count(1)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with running_world(tmp_path, security={"max_inbound_per_sender_per_hour": LIMIT}) as w:
        yield w


def forged(sender: str) -> bytes:
    n = next(_NONCE)
    return (f"From: {sender}\r\nTo: endorse@bot.test\r\nSubject: Please look at this {n}\r\n"
            f"Message-ID: <forged{n}@evil.example>\r\nDate: Fri, 04 Dec 2026 08:00:00 +0000\r\n"
            "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + "Padding to fill a disk with. " * 40 + "\r\n"
            ).encode()


@pytest.mark.parametrize(("sender", "reason"), [
    ("alice@members.example, mallory@evil.example", Reason.AMBIGUOUS_SENDER),
    ("alice@members.example\x01@evil.example", Reason.ENCODED_SENDER),
    ("=?utf-8?q?alice=40members.example?= <mallory@evil.example>", Reason.ENCODED_SENDER),
    ("Alice <ali\u200bce@members.example>", Reason.ENCODED_SENDER),
])
async def test_a_flood_of_refused_senders_keeps_no_bytes_past_one_allowance(
        world: World, sender: str, reason: Reason) -> None:
    rows = [await world.deliver("", raw=forged(sender)) for _ in range(LIMIT + 3)]

    assert [r.reason for r in rows[:LIMIT]] == [reason] * LIMIT
    assert all(r.raw is not None for r in rows[:LIMIT])  # the first ones are kept for the admins, as before
    assert [r.reason for r in rows[LIMIT:]] == [Reason.SENDER_FLOODING] * 3
    assert all(r.raw is None and r.id is not None for r in rows[LIMIT:])  # rows, not bytes


async def test_mail_with_a_sender_is_not_held_up_by_a_flood_without_one(world: World) -> None:
    for _ in range(LIMIT + 3):
        await world.deliver("", raw=forged("alice@members.example, mallory@evil.example"))

    row = await world.deliver("", raw=forged("Dana <dana@mail.example>"))

    assert row.reason != Reason.SENDER_FLOODING and row.raw is not None
