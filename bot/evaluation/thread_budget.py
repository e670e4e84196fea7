"""A blocking call in a thread, within a time budget that starts when a thread takes it.

    value = await within_budget(executor, call, budget_s)   # TimeoutError past the budget

What the rules and the parser fall back to without worker processes (``[evaluation] judge_workers = 0``,
or a function a test injects). A thread cannot be stopped: an overrun runs on in the background while its
caller quarantines the message. So waiting for a free thread is not charged to the next call's budget: a
message queued behind two overruns is judged when a thread frees, not quarantined for having waited.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from concurrent.futures import Executor
from typing import Any, TypeVar

T = TypeVar("T")


async def within_budget(executor: Executor, call: Callable[[], T], budget_s: float) -> T:
    loop = asyncio.get_running_loop()
    started: asyncio.Future[None] = loop.create_future()

    def begin() -> None:
        if not started.done():
            started.set_result(None)

    def run() -> T:
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody waits any more
            loop.call_soon_threadsafe(begin)
        return call()

    work = loop.run_in_executor(executor, run)
    try:
        either: set[asyncio.Future[Any]] = {started, work}
        await asyncio.wait(either, return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:
        work.cancel()  # still queued: it never runs
        raise
    async with asyncio.timeout(budget_s):
        return await work
