"""The LMTP listener itself, spoken to over a real socket: one answer per recipient, 250 only after the sink
committed, 4xx when it could not, what a delivery agent adds, and the [ingress] settings."""

from __future__ import annotations

import asyncio
import os
import stat
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from bot.clock import FakeClock
from bot.inbound.lmtp import MAILBOX, LmtpIngress, identity
from bot.ports import FetchedMessage
from bot.settings import ConfigError, IngressSettings, Settings, load_settings
from tests.servers.ports import free_port

BOT = "bot@bot.test"
MESSAGE = (b"From: gina@cand.example\r\nTo: bot+tok@bot.test\r\nSubject: Re: hi\r\nMessage-ID: <m1@cand>\r\n"
           b"\r\nHello\r\n")


class Sink:
    def __init__(self) -> None:
        self.handled: list[FetchedMessage] = []
        self.fail_with: Exception | None = None
        self.gate = asyncio.Event()
        self.gate.set()

    async def handle(self, message: FetchedMessage, *, defer_database_errors: bool = False) -> None:
        assert defer_database_errors  # the ingress never lets a database error become a quarantine
        await self.gate.wait()
        if self.fail_with is not None:
            raise self.fail_with
        self.handled.append(message)


async def lmtp_transaction(where: tuple[str, int] | str, sender: str, recipients: list[str],
                           data: bytes) -> tuple[list[str], list[str]]:
    """One LMTP transaction; (answers to RCPT, answers to DATA) as their first lines' text."""
    if isinstance(where, str):
        reader, writer = await asyncio.open_unix_connection(where)
    else:
        reader, writer = await asyncio.open_connection(*where)

    async def reply() -> str:
        while True:
            line = (await reader.readline()).decode()
            if line[3:4] != "-":
                return line.strip()

    async def command(text: str) -> str:
        writer.write(text.encode() + b"\r\n")
        await writer.drain()
        return await reply()

    try:
        await reply()
        await command("LHLO mta.test")
        assert (await command(f"MAIL FROM:<{sender}>")).startswith("250")
        rcpt = [await command(f"RCPT TO:<{r}>") for r in recipients]
        accepted = sum(1 for r in rcpt if r.startswith("250"))
        if not accepted:
            return rcpt, []
        assert (await command("DATA")).startswith("354")
        body = data.replace(b"\r\n.", b"\r\n..")
        writer.write(body + (b"" if body.endswith(b"\r\n") else b"\r\n") + b".\r\n")
        await writer.drain()
        return rcpt, [await reply() for _ in range(accepted)]
    finally:
        writer.close()


@pytest.fixture
async def ingress(tmp_path: Path) -> AsyncIterator[tuple[LmtpIngress, Sink, tuple[str, int]]]:
    sink = Sink()
    port = free_port()
    settings = IngressSettings(mode="lmtp", listen=f"127.0.0.1:{port}", max_message_bytes=200_000)
    clock = FakeClock()
    ingress = LmtpIngress(sink, settings, bot_address=BOT, clock=clock)
    stop = asyncio.Event()
    task = asyncio.create_task(ingress.run(stop))
    await ingress.listening.wait()
    yield ingress, sink, ("127.0.0.1", port)
    stop.set()
    await task


async def test_each_recipient_gets_its_own_250_after_the_commit(ingress: tuple[LmtpIngress, Sink, tuple[str, int]]
                                                                 ) -> None:
    _, sink, where = ingress
    rcpt, data = await lmtp_transaction(where, "gina@cand.example", ["bot+tok@bot.test", "bot@bot.test"], MESSAGE)
    assert all(r.startswith("250") for r in rcpt)
    assert len(data) == 2 and all(r.startswith("250 2.0.0") for r in data)
    [message] = sink.handled
    assert message.mailbox == MAILBOX and message.timestamp_source == "lmtp_arrival"
    assert message.raw.startswith(b"Return-Path: <gina@cand.example>\r\nDelivered-To: bot+tok@bot.test\r\n"
                                  b"Delivered-To: bot@bot.test\r\nFrom: gina@cand.example")
    assert (message.uidvalidity, message.uid) == identity(message.raw)


async def test_a_null_sender_is_kept_as_an_empty_return_path(ingress: tuple[LmtpIngress, Sink, tuple[str, int]]
                                                             ) -> None:
    _, sink, where = ingress
    await lmtp_transaction(where, "", ["bot@bot.test"], MESSAGE)
    assert sink.handled[0].raw.startswith(b"Return-Path: <>\r\n")  # RFC 3464 bounces are told by it


async def test_an_address_that_is_not_the_bots_is_refused(ingress: tuple[LmtpIngress, Sink, tuple[str, int]]
                                                          ) -> None:
    _, sink, where = ingress
    rcpt, data = await lmtp_transaction(where, "gina@cand.example", ["someone@bot.test", "bot@bot.test"], MESSAGE)
    assert rcpt[0].startswith("550 5.1.1") and rcpt[1].startswith("250")
    assert len(data) == 1 and data[0].startswith("250")
    assert b"Delivered-To: someone@bot.test" not in sink.handled[0].raw


async def test_a_database_that_cannot_commit_gets_451_for_every_recipient(
        ingress: tuple[LmtpIngress, Sink, tuple[str, int]]) -> None:
    server, sink, where = ingress
    sink.fail_with = OperationalError("INSERT", {}, Exception("database is locked"))
    _, data = await lmtp_transaction(where, "gina@cand.example", ["bot@bot.test", "bot+x@bot.test"], MESSAGE)
    assert data == ["451 4.3.0 Not committed, try again later"] * 2
    assert sink.handled == [] and server.deferred == 1 and server.delivered == 0


async def test_long_lines_are_taken_and_an_oversized_message_is_refused(
        ingress: tuple[LmtpIngress, Sink, tuple[str, int]]) -> None:
    _, sink, where = ingress
    long_line = MESSAGE + b"x" * 5000 + b"\r\n"  # aiosmtpd alone refuses lines over 1,000 octets
    _, data = await lmtp_transaction(where, "gina@cand.example", ["bot@bot.test"], long_line)
    assert data[0].startswith("250") and sink.handled[-1].raw.endswith(b"x" * 5000 + b"\r\n")
    huge = MESSAGE + (b"y" * 998 + b"\r\n") * 300  # 300 kB, over this listener's 200 kB
    _, data = await lmtp_transaction(where, "gina@cand.example", ["bot@bot.test"], huge)
    assert data[0].startswith("552")
    assert len(sink.handled) == 1


async def test_the_same_bytes_delivered_again_have_the_same_identity(
        ingress: tuple[LmtpIngress, Sink, tuple[str, int]]) -> None:
    _, sink, where = ingress
    for _ in range(2):
        await lmtp_transaction(where, "gina@cand.example", ["bot@bot.test"], MESSAGE)
    first, again = sink.handled
    assert (first.uidvalidity, first.uid) == (again.uidvalidity, again.uid)
    other = MESSAGE.replace(b"Hello", b"Hello again")
    assert identity(other) != identity(first.raw)


async def test_a_catch_up_waits_for_the_delivery_under_way(ingress: tuple[LmtpIngress, Sink, tuple[str, int]]
                                                           ) -> None:
    server, sink, where = ingress
    await server.progress.sync(5)
    sink.gate.clear()
    delivery = asyncio.create_task(lmtp_transaction(where, "gina@cand.example", ["bot@bot.test"], MESSAGE))
    while server._begun == 0:  # the message is being handled, not yet committed
        await asyncio.sleep(0.01)
    synced = asyncio.create_task(server.progress.sync(30))
    await asyncio.sleep(0.1)
    assert not synced.done()  # "read up to now" would be a lie while a message is in flight
    sink.gate.set()
    assert await synced
    await delivery


async def test_a_stopping_listener_answers_451(tmp_path: Path) -> None:
    sink = Sink()
    sink.gate.clear()
    port = free_port()
    ingress = LmtpIngress(sink, IngressSettings(mode="lmtp", listen=f"127.0.0.1:{port}"), bot_address=BOT,
                          clock=FakeClock())
    stop = asyncio.Event()
    task = asyncio.create_task(ingress.run(stop))
    await ingress.listening.wait()
    first = asyncio.create_task(lmtp_transaction(("127.0.0.1", port), "a@x.example", ["bot@bot.test"], MESSAGE))
    while not ingress._running:
        await asyncio.sleep(0.01)
    stop.set()  # asked to stop while a message waits to commit: it may finish
    await asyncio.sleep(0.05)
    sink.gate.set()
    _, data = await first
    assert data[0].startswith("250")
    await task


async def test_a_unix_socket_gets_the_configured_mode_and_replaces_a_stale_one(tmp_path: Path) -> None:
    path = tmp_path / "lmtp.sock"
    for _ in range(2):  # the second run finds the first one's socket file, as after a kill
        sink = Sink()
        ingress = LmtpIngress(sink, IngressSettings(mode="lmtp", listen=f"unix:{path}", socket_mode="620"),
                              bot_address=BOT, clock=FakeClock())
        stop = asyncio.Event()
        task = asyncio.create_task(ingress.run(stop))
        await ingress.listening.wait()
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o620
        _, data = await lmtp_transaction(str(path), "gina@cand.example", ["bot@bot.test"], MESSAGE)
        assert data[0].startswith("250") and len(sink.handled) == 1
        task.cancel()  # killed: the socket file may stay behind
        await asyncio.gather(task, return_exceptions=True)


@pytest.mark.parametrize("listen", ["0.0.0.0:8024", "10.1.2.3:24", "example.org:24", "lmtp.sock", "127.0.0.1",
                                    "127.0.0.1:0", "127.0.0.1:70000"])
def test_listen_must_be_loopback_or_an_absolute_socket_path(listen: str) -> None:
    with pytest.raises(ConfigError, match=r"\[ingress\] listen"):
        IngressSettings(mode="lmtp", listen=listen)


def test_ingress_settings_load_from_the_file_and_the_environment(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[ingress]\nmode = "lmtp"\nlisten = "[::1]:2424"\nflush_command = "postqueue -f"\n')
    settings = load_settings(config, {"ENDORSEBOT_INGRESS_MAX_MESSAGE_BYTES": "1048576"})
    assert settings.ingress.listen_address() == ("::1", 2424)
    assert settings.ingress.max_message_bytes == 1048576 and settings.ingress.flush_command == "postqueue -f"
    assert Settings().ingress.mode == "imap"
    config.write_text('[ingress]\nmode = "pop3"\n')
    with pytest.raises(ConfigError, match="mode must be one of 'imap', 'lmtp'"):
        load_settings(config, {})
    config.write_text('[ingress]\nsocket_mode = "999"\n')
    with pytest.raises(ConfigError, match="socket_mode"):
        load_settings(config, {})


async def test_check_config_says_whether_the_listener_answers_or_can_be_taken(
        ingress: tuple[LmtpIngress, Sink, tuple[str, int]]) -> None:
    from bot.commands.check_config import probe_lmtp

    _, _, (host, port) = ingress
    answering = Settings().replace(ingress={"mode": "lmtp", "listen": f"{host}:{port}"})
    assert "answers (220 " in await probe_lmtp(answering)
    free = Settings().replace(ingress={"mode": "lmtp", "listen": f"127.0.0.1:{free_port()}"})
    assert "nothing listens" in await probe_lmtp(free)


async def test_a_message_answered_451_keeps_its_first_arrival_when_it_comes_again() -> None:
    from datetime import timedelta

    sink, clock, port = Sink(), FakeClock(), free_port()
    ingress = LmtpIngress(sink, IngressSettings(mode="lmtp", listen=f"127.0.0.1:{port}"), bot_address=BOT,
                          clock=clock)
    stop = asyncio.Event()
    task = asyncio.create_task(ingress.run(stop))
    await ingress.listening.wait()
    first = clock.now()
    sink.fail_with = OperationalError("INSERT", {}, Exception("database is locked"))
    _, data = await lmtp_transaction(("127.0.0.1", port), "gina@cand.example", ["bot@bot.test"], MESSAGE)
    assert data[0].startswith("451")
    clock.advance(timedelta(minutes=7))  # the MTA's next try: our fault it waited, not the candidate's
    sink.fail_with = None
    _, data = await lmtp_transaction(("127.0.0.1", port), "gina@cand.example", ["bot@bot.test"], MESSAGE)
    assert data[0].startswith("250") and sink.handled[0].internaldate == first
    stop.set()
    await task


async def test_a_listen_address_in_use_stops_the_daemon_loudly(tmp_path: Path, caplog: pytest.LogCaptureFixture
                                                              ) -> None:
    import socket

    from bot.app import build_app
    from bot.daemon import Daemon
    from bot.host.fatal import EXIT_FATAL

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        settings = Settings().replace(
            ingress={"mode": "lmtp", "listen": f"127.0.0.1:{port}"},
            database={"url": f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"},
            smtp={"port": free_port(), "timeout_s": 1.0}, imap={"timeout_s": 0.5},
            daemon={"fatal_attempts": 1}, workflow={"sweep_interval_s": 3600.0})
        app = build_app(settings, clock=FakeClock())
        daemon = Daemon(app)
        try:
            await asyncio.wait_for(daemon.run(asyncio.Event()), 120)
        finally:
            await app.close()
    assert daemon.exit_status == EXIT_FATAL
    assert "the LMTP listener cannot bind its address" in caplog.text


async def test_a_large_message_is_taken_whole() -> None:
    sink, port = Sink(), free_port()
    ingress = LmtpIngress(sink, IngressSettings(mode="lmtp", listen=f"127.0.0.1:{port}"), bot_address=BOT,
                          clock=FakeClock())
    stop = asyncio.Event()
    task = asyncio.create_task(ingress.run(stop))
    await ingress.listening.wait()
    large = MESSAGE + (b"z" * 998 + b"\r\n") * 1000  # 1 MB: prepared in a worker thread
    _, data = await lmtp_transaction(("127.0.0.1", port), "gina@cand.example", ["bot@bot.test"], large)
    assert data[0].startswith("250")
    [message] = sink.handled
    assert message.raw.endswith(large) and (message.uidvalidity, message.uid) == identity(message.raw)
    stop.set()
    await task


def _received(when: datetime) -> bytes:
    """The Received header Postfix puts on top of what it takes (its date in RFC 5322 form)."""
    return (b"Received: from [127.0.0.1] (localhost [127.0.0.1])\r\n\tby mx.bot.test (Postfix) with ESMTP id 4A1B2C"
            b"\r\n\tfor <bot+tok@bot.test>; " + format_datetime(when).encode() + b" (UTC)\r\n")


@pytest.mark.parametrize(("top", "counts_from", "source"), [
    pytest.param("received 3 h before", "the MTA", "mta_received", id="held-by-the-mta"),
    pytest.param("received 6 days before", "arrival", "lmtp_arrival", id="older-than-any-queue"),
    pytest.param("received 1 h after", "arrival", "lmtp_arrival", id="from-the-future"),
    pytest.param("received below another header", "arrival", "lmtp_arrival", id="not-on-top"),
    pytest.param("no received", "arrival", "lmtp_arrival", id="none"),
])
async def test_a_message_counts_from_when_the_mta_took_it_within_bounds(top: str, counts_from: str,
                                                                         source: str) -> None:
    """A reply Postfix held while the daemon was down is as on time as the mailbox's INTERNALDATE makes it in
    IMAP mode; only the top Received header (the MTA's own) is read, and only a date up to 5 days back."""
    clock = FakeClock()
    arrival = clock.now()
    offset = {"received 3 h before": -3.0, "received 6 days before": -144.0, "received 1 h after": 1.0,
              "received below another header": -3.0, "no received": 0.0}[top]
    header = _received(arrival + timedelta(hours=offset)) if top != "no received" else b""
    data = (b"X-Spam: no\r\n" + header + MESSAGE) if top == "received below another header" else header + MESSAGE
    sink, port = Sink(), free_port()
    ingress = LmtpIngress(sink, IngressSettings(mode="lmtp", listen=f"127.0.0.1:{port}"), bot_address=BOT,
                          clock=clock)
    stop = asyncio.Event()
    task = asyncio.create_task(ingress.run(stop))
    await ingress.listening.wait()
    try:
        _, answers = await lmtp_transaction(("127.0.0.1", port), "gina@cand.example", ["bot+tok@bot.test"], data)
    finally:
        stop.set()
        await task
    assert answers[0].startswith("250")
    [message] = sink.handled
    expected = arrival + timedelta(hours=offset) if counts_from == "the MTA" else arrival
    assert (message.internaldate, message.timestamp_source) == (expected, source)


async def test_receipt_time_arrival_ignores_the_mtas_date() -> None:
    clock = FakeClock()
    sink, port = Sink(), free_port()
    settings = IngressSettings(mode="lmtp", listen=f"127.0.0.1:{port}", receipt_time="arrival")
    ingress = LmtpIngress(sink, settings, bot_address=BOT, clock=clock)
    stop = asyncio.Event()
    task = asyncio.create_task(ingress.run(stop))
    await ingress.listening.wait()
    try:
        await lmtp_transaction(("127.0.0.1", port), "gina@cand.example", ["bot+tok@bot.test"],
                               _received(clock.now() - timedelta(hours=3)) + MESSAGE)
    finally:
        stop.set()
        await task
    assert (sink.handled[0].internaldate, sink.handled[0].timestamp_source) == (clock.now(), "lmtp_arrival")
