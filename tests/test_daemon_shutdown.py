"""Stopping the daemon is not an error: a scheduled job cut short by the shutdown ends quietly."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.daemon import _quiet_on_shutdown


async def test_a_scheduled_job_cancelled_at_shutdown_ends_without_an_error(caplog: pytest.LogCaptureFixture) -> None:
    started = asyncio.Event()

    async def long_sweep() -> None:
        started.set()
        await asyncio.Event().wait()

    caplog.set_level(logging.DEBUG, logger="endorsebot.daemon")
    job: asyncio.Task[object] = asyncio.create_task(_quiet_on_shutdown(long_sweep))
    await started.wait()
    job.cancel()
    assert await job is None  # APScheduler would log a traceback for anything else
    assert "cancelled at shutdown" in caplog.text


async def test_a_job_that_fails_for_real_still_raises() -> None:
    async def broken() -> None:
        raise RuntimeError("database unreachable")

    with pytest.raises(RuntimeError, match="database unreachable"):
        await _quiet_on_shutdown(broken)
