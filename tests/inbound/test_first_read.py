"""At start-up the outbox and the catch-up sweeps wait for the mailbox's first whole read (issues 12, 15).

The wait is bounded twice: the read must begin within [imap] timeout_s (else the server is unreachable and
the daemon goes on without it), and may then take as long as [daemon] first_read_timeout_s, because it also
judges the replies that came while the daemon was down, in judge workers that are still starting. A full
run on a loaded machine once took longer than the 5 s connection bound to judge the first reply; the outbox
then started before the copy of an email in doubt had been read, and that email was never settled.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from bot.inbound.watcher import InboxProgress

STARTED = datetime(2026, 12, 2, 6, 0, tzinfo=UTC)


async def test_a_read_that_begins_in_time_is_waited_for_however_long_it_takes() -> None:
    progress = InboxProgress()
    waiting = asyncio.ensure_future(progress.first_read(begin_timeout_s=0.2, read_timeout_s=30.0))
    await asyncio.sleep(0)
    begun = progress.begin()
    await asyncio.sleep(0.5)  # longer than the begin bound: the read is slow, not absent
    assert not waiting.done()
    progress.complete(begun, STARTED)
    assert await waiting is True
    assert progress.synced_at == STARTED


async def test_a_read_that_never_begins_is_given_up_after_the_begin_bound() -> None:
    progress = InboxProgress()
    assert await progress.first_read(begin_timeout_s=0.05, read_timeout_s=30.0) is False


async def test_a_read_that_begins_but_never_ends_is_given_up_after_the_read_bound() -> None:
    progress = InboxProgress()
    waiting = asyncio.ensure_future(progress.first_read(begin_timeout_s=5.0, read_timeout_s=0.1))
    await asyncio.sleep(0)
    progress.begin()
    assert await waiting is False


async def test_a_read_begun_before_the_wait_does_not_count() -> None:
    """Only a read that begins after the call has seen everything that arrived before it."""
    progress = InboxProgress()
    earlier = progress.begin()
    waiting = asyncio.ensure_future(progress.first_read(begin_timeout_s=0.1, read_timeout_s=30.0))
    await asyncio.sleep(0)
    progress.complete(earlier, STARTED)
    assert await waiting is False
