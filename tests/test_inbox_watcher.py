"""InboxWatcher with ImapMailbox against a real Dovecot: no message is ever lost or skipped."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import pytest

from bot.adapters.imap import ImapMailbox
from bot.inbound.watcher import InboxWatcher
from bot.ports import PermanentError
from bot.settings import ImapSettings, Secret
from tests.servers.dovecot import Account, DovecotServer
from tests.servers.fixtures import MailServers, imap_settings_for, new_account
from tests.servers.mailtools import load_eml, with_header
from tests.servers.recording_sink import RecordingSink

pytestmark = pytest.mark.realserver

HANG_GUARD_S = 20.0
SENDER = "candidate@example.net"


@dataclass
class Running:
    watcher: InboxWatcher
    sink: RecordingSink
    stop: asyncio.Event
    task: asyncio.Task[None]
    delays: list[float]


def reply(number: int) -> bytes:
    return with_header(load_eml("imap_plain_reply.eml"), "X-Seq", str(number))


def seq(raw: bytes) -> int:
    """The X-Seq a test gave the message (survives the trace headers Dovecot adds)."""
    for line in raw.split(b"\r\n"):
        if line.startswith(b"X-Seq: "):
            return int(line.removeprefix(b"X-Seq: "))
    raise AssertionError("no X-Seq header")


async def deliver(server: DovecotServer, account: Account, *numbers: int) -> None:
    for number in numbers:
        await server.deliver(SENDER, account.address, reply(number))


@pytest.fixture
async def start_watcher() -> AsyncIterator[Callable[..., Running]]:
    started: list[Running] = []

    def start(settings: ImapSettings, sink: RecordingSink | None = None) -> Running:
        delays: list[float] = []

        async def quick_sleep(seconds: float) -> None:
            # Record the backoff the watcher chose, but do not make the test wait for it.
            delays.append(seconds)
            await asyncio.sleep(0.05)

        sink = sink or RecordingSink()
        watcher = InboxWatcher(lambda: ImapMailbox(settings), sink, settings, sleep=quick_sleep)
        stop = asyncio.Event()
        running = Running(watcher, sink, stop, asyncio.create_task(watcher.run(stop)), delays)
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop.set()
        await asyncio.wait_for(asyncio.gather(running.task, return_exceptions=True), HANG_GUARD_S)


async def handled_seqs(sink: RecordingSink, count: int) -> list[int]:
    return [seq((await sink.next_handled()).raw) for _ in range(count)]


async def test_mail_that_arrived_while_the_watcher_was_down_is_handled_in_order(
    dovecot: DovecotServer, imap_account: Account, start_watcher: Callable[..., Running]
) -> None:
    await deliver(dovecot, imap_account, 1, 2, 3)

    running = start_watcher(imap_settings_for(dovecot, imap_account))

    assert await handled_seqs(running.sink, 3) == [1, 2, 3]
    uids = [m.uid for m in running.sink.handled]
    assert uids == sorted(uids)


async def test_the_watcher_resumes_after_what_the_sink_already_committed(
    dovecot: DovecotServer, imap_account: Account, start_watcher: Callable[..., Running]
) -> None:
    await deliver(dovecot, imap_account, 1, 2)
    first = start_watcher(imap_settings_for(dovecot, imap_account))
    await handled_seqs(first.sink, 2)
    first.stop.set()
    await asyncio.wait_for(first.task, HANG_GUARD_S)
    await deliver(dovecot, imap_account, 3)

    second = start_watcher(imap_settings_for(dovecot, imap_account), RecordingSink(handled=first.sink.handled))

    assert await handled_seqs(second.sink, 1) == [3]
    assert [seq(m.raw) for m in second.sink.handled] == [1, 2, 3]


async def test_new_mail_is_handled_while_the_watcher_idles(
    dovecot: DovecotServer, imap_account: Account, start_watcher: Callable[..., Running]
) -> None:
    running = start_watcher(imap_settings_for(dovecot, imap_account, idle_timeout_s=600.0))
    await deliver(dovecot, imap_account, 1)
    assert await handled_seqs(running.sink, 1) == [1]

    await deliver(dovecot, imap_account, 2)

    assert await handled_seqs(running.sink, 1) == [2]


async def test_mail_sent_over_smtp_to_the_bot_reaches_the_watcher(
    mail_servers: MailServers, start_watcher: Callable[..., Running]
) -> None:
    import smtplib

    account = new_account(mail_servers.dovecot)
    running = start_watcher(imap_settings_for(mail_servers.dovecot, account))

    def send() -> None:
        with smtplib.SMTP("127.0.0.1", mail_servers.smtp_port, timeout=10) as smtp:
            smtp.sendmail(SENDER, [account.address], reply(1))

    await asyncio.to_thread(send)

    message = await running.sink.next_handled()
    assert seq(message.raw) == 1
    assert b"by mx.sandbox.test" in message.raw  # it came through the SMTP front


async def test_the_watcher_survives_a_server_restart_and_gets_the_next_message(
    private_dovecot: DovecotServer, start_watcher: Callable[..., Running]
) -> None:
    account = new_account(private_dovecot)
    running = start_watcher(imap_settings_for(private_dovecot, account, idle_timeout_s=600.0))
    await deliver(private_dovecot, account, 1)
    assert await handled_seqs(running.sink, 1) == [1]

    await asyncio.to_thread(private_dovecot.restart)
    await deliver(private_dovecot, account, 2)
    await deliver(private_dovecot, account, 3)

    assert await handled_seqs(running.sink, 2) == [2, 3]
    assert running.watcher.connections >= 2
    assert running.delays, "the watcher backed off before reconnecting"
    assert running.sink.attempts == [m.uid for m in running.sink.handled]  # nothing handled twice


async def test_a_message_whose_handling_fails_is_retried_and_nothing_is_lost(
    dovecot: DovecotServer, imap_account: Account, start_watcher: Callable[..., Running]
) -> None:
    await deliver(dovecot, imap_account, 1, 2)
    sink = RecordingSink()
    sink.fail(uid=1, times=1)

    running = start_watcher(imap_settings_for(dovecot, imap_account), sink)

    assert await handled_seqs(sink, 2) == [1, 2]
    assert sink.attempts == [1, 1, 2]
    assert running.watcher.connections >= 2  # the retry came after a fresh connection


async def test_a_wrong_password_stops_the_watcher_with_a_permanent_error(
    dovecot: DovecotServer, imap_account: Account, start_watcher: Callable[..., Running]
) -> None:
    running = start_watcher(imap_settings_for(dovecot, imap_account, password=Secret("wrong")))

    with pytest.raises(PermanentError):
        await asyncio.wait_for(running.task, HANG_GUARD_S)


async def test_stop_ends_the_watcher_while_it_idles(
    dovecot: DovecotServer, imap_account: Account, start_watcher: Callable[..., Running]
) -> None:
    running = start_watcher(imap_settings_for(dovecot, imap_account, idle_timeout_s=600.0))
    await deliver(dovecot, imap_account, 1)
    await handled_seqs(running.sink, 1)

    running.stop.set()

    await asyncio.wait_for(running.task, HANG_GUARD_S)
    assert running.task.done() and running.task.exception() is None
