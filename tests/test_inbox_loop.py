"""InboxWatcher's loop rules with a scripted mailbox: backoff, UIDVALIDITY changes, stopping, giving up."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import pytest

from bot.inbound.watcher import InboxWatcher, backoff_delay
from bot.ports import FetchedMessage, PermanentError, TransientError
from bot.settings import ImapSettings
from tests.servers.recording_sink import RecordingSink

HANG_GUARD_S = 10.0
RECEIVED = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


class ScriptedServer:
    """What a scripted mailbox sees: its messages, its UIDVALIDITY and the failures to play."""

    def __init__(self, uidvalidity: int = 7) -> None:
        self.uidvalidity = uidvalidity
        self.uids: list[int] = []
        self.connect_failures: list[Exception] = []
        self.news = asyncio.Event()
        self.opened: list[ScriptedMailbox] = []

    def open(self) -> ScriptedMailbox:
        mailbox = ScriptedMailbox(self)
        self.opened.append(mailbox)
        return mailbox


class ScriptedMailbox:
    def __init__(self, server: ScriptedServer) -> None:
        self._server = server
        self.closed = False
        self.fetched_after: list[int] = []

    async def connect(self) -> int:
        if self._server.connect_failures:
            raise self._server.connect_failures.pop(0)
        return self._server.uidvalidity

    async def fetch_after(self, uid: int, limit: int = 100) -> Sequence[FetchedMessage]:
        self.fetched_after.append(uid)
        uids = [u for u in self._server.uids if u > uid][:limit]
        return [FetchedMessage("INBOX", self._server.uidvalidity, u, RECEIVED, b"x") for u in uids]

    async def wait_for_news(self, timeout_s: float, wake: asyncio.Event | None = None) -> bool:
        await self._server.news.wait()  # blocks until the test says so: only stop ends it otherwise
        self._server.news.clear()
        return True

    async def close(self) -> None:
        self.closed = True


class Sleeps:
    """Records each backoff; a test can make a sleep block until it is released."""

    def __init__(self, block: bool = False) -> None:
        self.delays: list[float] = []
        self._block = block

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        if self._block:
            await asyncio.Event().wait()
        await asyncio.sleep(0)


def watcher(server: ScriptedServer, sink: RecordingSink, sleeps: Sleeps, reconnect_max_s: float = 60.0) -> InboxWatcher:
    # jitter 1.0 makes each backoff exactly its step, so the tests can state the sequence.
    settings = ImapSettings(reconnect_max_s=reconnect_max_s)
    return InboxWatcher(server.open, sink, settings, sleep=sleeps, jitter=lambda: 1.0)


async def run_until(stop: asyncio.Event, task: asyncio.Task[None], condition: Callable[[], object]) -> None:
    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.01)

    await asyncio.wait_for(poll(), HANG_GUARD_S)


@pytest.mark.parametrize(
    ("failures", "jitter", "expected"),
    [
        (1, 1.0, 1.0),
        (2, 1.0, 2.0),
        (3, 1.0, 4.0),
        (10, 1.0, 60.0),  # capped at reconnect_max_s
        (3, 0.0, 2.0),  # jitter takes off at most half
    ],
)
def test_backoff_doubles_up_to_the_cap_with_jitter(failures: int, jitter: float, expected: float) -> None:
    assert backoff_delay(failures, cap_s=60.0, jitter=jitter) == expected


async def test_repeated_connection_failures_back_off_exponentially_then_recover() -> None:
    server = ScriptedServer()
    server.uids = [1]
    server.connect_failures = [TransientError("down")] * 4
    sink, sleeps, stop = RecordingSink(), Sleeps(), asyncio.Event()
    the_watcher = watcher(server, sink, sleeps, reconnect_max_s=5.0)

    task = asyncio.create_task(the_watcher.run(stop))
    await sink.next_handled(HANG_GUARD_S)
    stop.set()
    await asyncio.wait_for(task, HANG_GUARD_S)

    assert sleeps.delays == [1.0, 2.0, 4.0, 5.0]
    assert all(mailbox.closed for mailbox in server.opened)


async def test_an_unexpected_error_is_retried_like_a_transient_one() -> None:
    server = ScriptedServer()
    server.uids = [1]
    server.connect_failures = [RuntimeError("library bug")]
    sink, sleeps, stop = RecordingSink(), Sleeps(), asyncio.Event()

    task = asyncio.create_task(watcher(server, sink, sleeps).run(stop))
    await sink.next_handled(HANG_GUARD_S)
    stop.set()
    await asyncio.wait_for(task, HANG_GUARD_S)

    assert sleeps.delays == [1.0]


async def test_a_changed_uidvalidity_starts_again_from_uid_zero() -> None:
    server = ScriptedServer(uidvalidity=7)
    server.uids = [1, 2]
    sink, sleeps, stop = RecordingSink(), Sleeps(), asyncio.Event()
    first = asyncio.create_task(watcher(server, sink, sleeps).run(stop))
    await sink.next_handled()
    await sink.next_handled()
    stop.set()
    await asyncio.wait_for(first, HANG_GUARD_S)

    server.uidvalidity = 8  # the mailbox was rebuilt: old UIDs mean nothing
    stop = asyncio.Event()
    second = asyncio.create_task(watcher(server, sink, sleeps).run(stop))
    again = [await sink.next_handled(), await sink.next_handled()]
    stop.set()
    await asyncio.wait_for(second, HANG_GUARD_S)

    assert sink.last_uid_calls == [("INBOX", 7), ("INBOX", 8)]
    assert server.opened[-1].fetched_after[0] == 0
    assert [(m.uidvalidity, m.uid) for m in again] == [(8, 1), (8, 2)]


async def test_a_failed_handle_is_retried_after_reconnecting_from_the_sinks_last_uid() -> None:
    server = ScriptedServer()
    server.uids = [1, 2, 3]
    sink, sleeps, stop = RecordingSink(), Sleeps(), asyncio.Event()
    sink.fail(uid=2, times=2)

    task = asyncio.create_task(watcher(server, sink, sleeps).run(stop))
    handled = [(await sink.next_handled()).uid for _ in range(3)]
    stop.set()
    await asyncio.wait_for(task, HANG_GUARD_S)

    assert handled == [1, 2, 3]
    assert sink.attempts == [1, 2, 2, 2, 3]
    assert sleeps.delays == [1.0, 2.0]
    assert [m.fetched_after[0] for m in server.opened] == [0, 1, 1]


async def test_news_leads_to_a_fetch_from_the_last_handled_uid() -> None:
    server = ScriptedServer()
    server.uids = [1]
    sink, sleeps, stop = RecordingSink(), Sleeps(), asyncio.Event()
    task = asyncio.create_task(watcher(server, sink, sleeps).run(stop))
    await sink.next_handled()

    server.uids.append(2)
    server.news.set()
    second = await sink.next_handled()
    stop.set()
    await asyncio.wait_for(task, HANG_GUARD_S)

    assert second.uid == 2
    assert server.opened[0].fetched_after[:2] == [0, 1]
    assert len(server.opened) == 1  # no reconnect needed


async def test_stop_ends_a_watcher_that_waits_for_news() -> None:
    server = ScriptedServer()
    sink, sleeps, stop = RecordingSink(), Sleeps(), asyncio.Event()
    task = asyncio.create_task(watcher(server, sink, sleeps).run(stop))
    await run_until(stop, task, lambda: server.opened and server.opened[0].fetched_after)

    stop.set()

    await asyncio.wait_for(task, HANG_GUARD_S)
    assert server.opened[0].closed


async def test_stop_ends_a_watcher_that_is_backing_off() -> None:
    server = ScriptedServer()
    server.connect_failures = [TransientError("down")]
    sink, sleeps, stop = RecordingSink(), Sleeps(block=True), asyncio.Event()
    task = asyncio.create_task(watcher(server, sink, sleeps).run(stop))
    await run_until(stop, task, lambda: sleeps.delays)

    stop.set()

    await asyncio.wait_for(task, HANG_GUARD_S)
    assert len(server.opened) == 1


async def test_a_refused_login_ends_the_watcher_with_the_permanent_error() -> None:
    server = ScriptedServer()
    server.connect_failures = [PermanentError("login refused")]
    sink, sleeps, stop = RecordingSink(), Sleeps(), asyncio.Event()

    with pytest.raises(PermanentError, match="login refused"):
        await asyncio.wait_for(watcher(server, sink, sleeps).run(stop), HANG_GUARD_S)
    assert server.opened[0].closed
    assert sleeps.delays == []


async def test_a_permanent_error_from_the_sink_is_retried_not_fatal() -> None:
    server = ScriptedServer()
    server.uids = [1]
    sink, sleeps, stop = RecordingSink(), Sleeps(), asyncio.Event()
    original = sink.handle
    calls = 0

    async def refuse_once(message: FetchedMessage) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise PermanentError("the database said no")
        await original(message)

    sink.handle = refuse_once  # type: ignore[method-assign]
    task = asyncio.create_task(watcher(server, sink, sleeps).run(stop))
    assert (await sink.next_handled()).uid == 1
    stop.set()
    await asyncio.wait_for(task, HANG_GUARD_S)

    assert sleeps.delays == [1.0]
