"""A request queued by another process leaves at once (issue 12 item 6), on the real PostgreSQL server.

The daemon LISTENs; `endorsebot request`, a process of its own, queues the email and its NOTIFY wakes
the daemon. The daemon's fallback check is set to an hour here, so only the notification can explain
the email leaving; after the server drops the listening connection, the daemon listens again.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import make_url, text

import bot.daemon
from bot.db.wakeup import APPLICATION_NAME
from tests.e2e.harness import Deployment, clock_hours_ago, eventually
from tests.servers.fixtures import MailServers

pytestmark = pytest.mark.realserver

ENDORSEBOT = Path(sys.executable).parent / "endorsebot"


class Running:
    def __init__(self, d: Deployment, config: Path) -> None:
        assert d.app and d.daemon
        self.d, self.app, self.daemon, self.config = d, d.app, d.daemon, config

    @property
    def outside(self) -> dict[str, list[bytes]]:
        return self.d.front.outside

    async def request_from_another_process(self, candidate: str) -> None:
        proc = await asyncio.create_subprocess_exec(
            str(ENDORSEBOT), "request", "--endorser", "alice@members.example", "--candidate", candidate,
            env={**os.environ, "ENDORSEBOT_CONFIG": str(self.config)},
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
        _, err = await proc.communicate()
        assert proc.returncode == 0, err.decode()

    async def quiet(self) -> None:
        """Listening, and the wake-up its (re)connect gave consumed: only a notification wakes it now."""
        listener = self.daemon.listener
        assert listener is not None
        await eventually(lambda: _true(listener.live and not self.app.outbox_dirty.is_set()), "listening")


async def _true(value: bool) -> bool:
    return value


@pytest.fixture
async def running(mail_servers: MailServers, postgres_url: str, tmp_path: Path,
                  monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Running]:
    # Without the notification, nothing would look for the CLI's row within the test's bound.
    monkeypatch.setattr(bot.daemon, "OUTBOX_POLL_S", 3600.0)
    monkeypatch.setattr(bot.daemon, "LISTENING_POLL_S", 3600.0)
    # The daemon's clock an hour ahead: the CLI stamps its row with the real time, due at once for the daemon.
    d = Deployment(mail_servers, tmp_path, clock_hours_ago(-1))
    d.settings = d.settings.replace(database={"url": postgres_url})
    config = tmp_path / "config.toml"
    url = make_url(postgres_url).set(drivername="postgresql").render_as_string(hide_password=False)
    config.write_text(f'[bot]\naddress = "{d.bot}"\n\n[database]\nurl = "{url}"\n')
    await d.start()
    try:
        yield Running(d, config)
    finally:
        await d.stop()


async def test_a_request_from_another_process_is_sent_without_waiting_for_a_poll(running: Running) -> None:
    await running.quiet()
    await running.request_from_another_process("gina@cand.example")
    await eventually(lambda: _true("gina@cand.example" in running.outside), "the request email sent")


async def test_after_the_listening_connection_drops_the_daemon_listens_again(running: Running) -> None:
    await running.quiet()
    listener = running.daemon.listener
    assert listener is not None
    async with running.app.db.session() as s:
        # This test's database only: another run on the same server has listening connections of its own.
        ended = await s.scalar(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                    "WHERE application_name = :name AND datname = current_database()"),
                               {"name": APPLICATION_NAME})
    assert ended == 1
    await eventually(lambda: _true(listener.connections == 2), "a new listening connection")
    await running.quiet()
    await running.request_from_another_process("owen@cand.example")
    await eventually(lambda: _true("owen@cand.example" in running.outside), "the request email sent")


async def test_without_a_listening_connection_the_outbox_checks_every_second(running: Running) -> None:
    listener = running.daemon.listener
    assert listener is not None
    await running.quiet()
    assert await running.daemon._outbox_poll_s() == 3600.0  # listening: the notification wakes it
    listener.live = False  # as while it reconnects
    assert await running.daemon._outbox_poll_s() == bot.daemon.OUTBOX_POLL_S
