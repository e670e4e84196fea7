"""An in-memory InboundSink for watcher tests: remembers what it handled and can fail on purpose."""

from __future__ import annotations

import asyncio

from bot.ports import FetchedMessage


class HandlerFailed(RuntimeError):
    """Raised by RecordingSink when told to fail: stands for "the outcome was not committed"."""


class RecordingSink:
    def __init__(self, *, handled: list[FetchedMessage] | None = None) -> None:
        self.handled: list[FetchedMessage] = list(handled or [])
        # Every call to handle(), failed or not, by UID: shows retries.
        self.attempts: list[int] = []
        self.last_uid_calls: list[tuple[str, int]] = []
        self.arrived: asyncio.Queue[FetchedMessage] = asyncio.Queue()
        self._failures_left: dict[int, int] = {}

    def fail(self, uid: int, times: int = 1) -> None:
        """The next ``times`` attempts to handle ``uid`` raise HandlerFailed."""
        self._failures_left[uid] = times

    async def last_uid(self, mailbox: str, uidvalidity: int) -> int:
        self.last_uid_calls.append((mailbox, uidvalidity))
        uids = [m.uid for m in self.handled if (m.mailbox, m.uidvalidity) == (mailbox, uidvalidity)]
        return max(uids, default=0)

    async def handle(self, message: FetchedMessage) -> None:
        self.attempts.append(message.uid)
        if self._failures_left.get(message.uid, 0) > 0:
            self._failures_left[message.uid] -= 1
            raise HandlerFailed(f"uid {message.uid} not committed")
        self.handled.append(message)
        self.arrived.put_nowait(message)

    async def next_handled(self, timeout_s: float = 20.0) -> FetchedMessage:
        """The next message handled, waiting at most ``timeout_s`` (a hang guard, not a latency check)."""
        return await asyncio.wait_for(self.arrived.get(), timeout_s)
