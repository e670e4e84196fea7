"""The event loop's pulse: tests show work runs off the loop by counting its beats, never by timing."""

from __future__ import annotations

import asyncio
import contextlib
from types import TracebackType


class Heartbeat:
    """``async with Heartbeat() as beat: ...``, then ``beat.ticks``: how often a task on the loop woke
    (every ``every_s``) while the block ran. Work done on the loop itself would freeze it meanwhile."""

    def __init__(self, every_s: float = 0.01) -> None:
        self.every_s = every_s
        self.ticks = 0
        self._task: asyncio.Task[None] | None = None

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(self.every_s)
            self.ticks += 1

    async def __aenter__(self) -> Heartbeat:
        self._task = asyncio.create_task(self._beat())
        return self

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        tb: TracebackType | None) -> None:
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
