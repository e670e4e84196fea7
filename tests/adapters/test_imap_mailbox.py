"""ImapMailbox against a real Dovecot: what the inbox watcher relies on."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.adapters.imap import ImapMailbox
from bot.clock import SystemClock
from bot.ports import PermanentError, TransientError
from bot.settings import ImapSettings, Secret
from tests.servers.dovecot import Account, DovecotServer
from tests.servers.fixtures import imap_settings_for, new_account
from tests.servers.mailtools import Inspector, load_eml, with_header
from tests.servers.ports import free_port

pytestmark = pytest.mark.realserver

SENDER = "candidate@example.net"
# Guards against a hung test only; every wait below is expected to end far sooner.
HANG_GUARD_S = 20.0
# A poll interval and wait no test ever reaches: a True within HANG_GUARD_S can only come from IDLE.
NEVER_S = 600.0

MailboxFactory = Callable[..., ImapMailbox]


@pytest.fixture
async def open_mailbox() -> AsyncIterator[MailboxFactory]:
    opened: list[ImapMailbox] = []

    def factory(settings: ImapSettings) -> ImapMailbox:
        mailbox = ImapMailbox(settings)
        opened.append(mailbox)
        return mailbox

    yield factory
    for mailbox in opened:
        await mailbox.close()


async def deliver(server: DovecotServer, account: Account, data: bytes) -> None:
    await server.deliver(SENDER, account.address, data)


def idle_acknowledged(mailbox: ImapMailbox) -> asyncio.Event:
    """Set once the server has answered the mailbox's next IDLE with its continuation ("+ idling"), which is
    when the library's idle_start returns. Call it after connect(), before wait_for_news."""
    client = mailbox._connected()
    acknowledged = asyncio.Event()
    idle_start = client.idle_start

    async def noting_idle_start(*args: Any, **kwargs: Any) -> Any:
        idle = await idle_start(*args, **kwargs)
        acknowledged.set()
        return idle

    client.idle_start = noting_idle_start
    return acknowledged


async def until_idling(acknowledged: asyncio.Event, waiting: asyncio.Future[bool]) -> None:
    """Wait for the server's IDLE acknowledgement (a fixed sleep was a guess: on a loaded machine the server
    could still be answering IDLE when the test acted). A wait that ends first shows why."""
    ack: asyncio.Future[Any] = asyncio.ensure_future(acknowledged.wait())
    try:
        await asyncio.wait({ack, waiting}, timeout=HANG_GUARD_S, return_when=asyncio.FIRST_COMPLETED)
    finally:
        ack.cancel()
    if waiting.done() and not acknowledged.is_set():
        waiting.result()
    assert acknowledged.is_set(), "the server never acknowledged IDLE"


# -- connect -------------------------------------------------------------------------------------


async def test_connect_returns_the_uidvalidity_the_server_announces(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    mailbox = open_mailbox(imap_settings_for(dovecot, imap_account))

    uidvalidity = await mailbox.connect()

    assert uidvalidity == await asyncio.to_thread(Inspector(dovecot, imap_account).uidvalidity)
    assert await mailbox.connect() == uidvalidity  # reconnecting sees the same mailbox


async def test_wrong_password_is_a_permanent_error(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    settings = imap_settings_for(dovecot, imap_account, password=Secret("not-the-password"))

    with pytest.raises(PermanentError) as refused:
        await open_mailbox(settings).connect()
    assert "not-the-password" not in str(refused.value)


async def test_a_mailbox_that_does_not_exist_is_a_permanent_error(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    settings = imap_settings_for(dovecot, imap_account, mailbox="No Such Folder")

    with pytest.raises(PermanentError):
        await open_mailbox(settings).connect()


async def test_nobody_listening_is_a_transient_error(open_mailbox: MailboxFactory) -> None:
    settings = ImapSettings(host="127.0.0.1", port=free_port(), username="x", timeout_s=5.0)

    with pytest.raises(TransientError):
        await open_mailbox(settings).connect()


# -- fetch_after ---------------------------------------------------------------------------------


async def test_fetch_returns_the_stored_bytes_unchanged(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    original = load_eml("imap_raw_bytes_survive.eml")
    await asyncio.to_thread(Inspector(dovecot, imap_account).append, original)
    mailbox = open_mailbox(imap_settings_for(dovecot, imap_account))
    uidvalidity = await mailbox.connect()

    [message] = await mailbox.fetch_after(0)

    assert message.raw == original
    assert (message.mailbox, message.uidvalidity) == ("INBOX", uidvalidity)


async def test_delivered_mail_keeps_the_sender_bytes_after_the_trace_headers(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    original = load_eml("imap_raw_bytes_survive.eml")
    await deliver(dovecot, imap_account, original)
    mailbox = open_mailbox(imap_settings_for(dovecot, imap_account))
    await mailbox.connect()

    [message] = await mailbox.fetch_after(0)

    assert message.raw.endswith(original)
    assert message.raw.startswith(b"Return-Path: <candidate@example.net>\r\n")


async def test_fetching_does_not_mark_the_message_seen(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    await deliver(dovecot, imap_account, load_eml("imap_plain_reply.eml"))
    mailbox = open_mailbox(imap_settings_for(dovecot, imap_account))
    await mailbox.connect()

    [message] = await mailbox.fetch_after(0)

    assert "\\Seen" not in await asyncio.to_thread(Inspector(dovecot, imap_account).flags, message.uid)


async def test_fetch_after_returns_only_newer_messages_oldest_first(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    for number in (1, 2, 3):
        await deliver(dovecot, imap_account, with_header(load_eml("imap_plain_reply.eml"), "X-Seq", str(number)))
    mailbox = open_mailbox(imap_settings_for(dovecot, imap_account))
    await mailbox.connect()
    first, second, third = await mailbox.fetch_after(0)

    later = await mailbox.fetch_after(first.uid)

    assert [m.uid for m in later] == [second.uid, third.uid]
    assert first.uid < second.uid < third.uid
    assert b"X-Seq: 3" in later[-1].raw


async def test_fetch_after_the_newest_uid_is_empty(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    # "UID n:*" matches the newest message even when its UID is below n (RFC 3501 6.4.8).
    await deliver(dovecot, imap_account, load_eml("imap_plain_reply.eml"))
    mailbox = open_mailbox(imap_settings_for(dovecot, imap_account))
    await mailbox.connect()
    [newest] = await mailbox.fetch_after(0)

    assert await mailbox.fetch_after(newest.uid) == []
    assert await mailbox.fetch_after(newest.uid + 10) == []


async def test_fetch_after_honours_the_limit(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    for number in range(5):
        await deliver(dovecot, imap_account, with_header(load_eml("imap_plain_reply.eml"), "X-Seq", str(number)))
    mailbox = open_mailbox(imap_settings_for(dovecot, imap_account))
    await mailbox.connect()

    first_two = await mailbox.fetch_after(0, limit=2)
    rest = await mailbox.fetch_after(first_two[-1].uid, limit=10)

    assert len(first_two) == 2
    assert len(rest) == 3
    uids = [m.uid for m in [*first_two, *rest]]
    assert uids == sorted(set(uids))


async def test_internaldate_is_the_delivery_time_not_the_date_header(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    clock = SystemClock()
    before = clock.now().replace(microsecond=0)
    await deliver(dovecot, imap_account, load_eml("imap_date_header_in_the_past.eml"))
    after = clock.now()
    mailbox = open_mailbox(imap_settings_for(dovecot, imap_account))
    await mailbox.connect()

    [message] = await mailbox.fetch_after(0)

    assert message.internaldate.tzinfo is not None
    assert message.internaldate.utcoffset() == timedelta(0)
    assert before <= message.internaldate <= after


async def test_internaldate_given_in_another_zone_is_converted_to_utc(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    from datetime import timezone

    received = datetime(2026, 1, 5, 23, 30, 0, tzinfo=timezone(timedelta(hours=-5)))
    await asyncio.to_thread(Inspector(dovecot, imap_account).append, load_eml("imap_plain_reply.eml"), received)
    mailbox = open_mailbox(imap_settings_for(dovecot, imap_account))
    await mailbox.connect()

    [message] = await mailbox.fetch_after(0)

    assert message.internaldate == datetime(2026, 1, 6, 4, 30, 0, tzinfo=UTC)


# -- wait_for_news -------------------------------------------------------------------------------


async def test_idle_wakes_when_mail_is_delivered(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    settings = imap_settings_for(dovecot, imap_account, poll_interval_s=NEVER_S, idle_timeout_s=NEVER_S)
    mailbox = open_mailbox(settings)
    await mailbox.connect()
    assert await mailbox.fetch_after(0) == []
    acknowledged = idle_acknowledged(mailbox)
    waiting = asyncio.ensure_future(mailbox.wait_for_news(NEVER_S))
    await until_idling(acknowledged, waiting)  # a delivery before it would be caught too, just not by IDLE

    await deliver(dovecot, imap_account, load_eml("imap_plain_reply.eml"))

    assert await asyncio.wait_for(waiting, HANG_GUARD_S) is True
    assert len(await mailbox.fetch_after(0)) == 1


async def test_mail_delivered_before_the_wait_starts_is_reported(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    mailbox = open_mailbox(imap_settings_for(dovecot, imap_account, idle_timeout_s=NEVER_S))
    await mailbox.connect()
    assert await mailbox.fetch_after(0) == []
    await deliver(dovecot, imap_account, load_eml("imap_plain_reply.eml"))

    assert await asyncio.wait_for(mailbox.wait_for_news(NEVER_S), HANG_GUARD_S) is True


async def test_wait_without_mail_ends_after_the_timeout_with_no_news(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    mailbox = open_mailbox(imap_settings_for(dovecot, imap_account))
    await mailbox.connect()
    await mailbox.fetch_after(0)

    assert await asyncio.wait_for(mailbox.wait_for_news(0.3), HANG_GUARD_S) is False
    # The connection is still usable after IDLE ended.
    assert await mailbox.fetch_after(0) == []


async def test_polling_without_idle_sees_new_mail(
    dovecot: DovecotServer, imap_account: Account, open_mailbox: MailboxFactory
) -> None:
    mailbox = open_mailbox(imap_settings_for(dovecot, imap_account, idle=False, poll_interval_s=0.2))
    await mailbox.connect()
    await mailbox.fetch_after(0)
    await deliver(dovecot, imap_account, load_eml("imap_plain_reply.eml"))

    assert await asyncio.wait_for(mailbox.wait_for_news(NEVER_S), HANG_GUARD_S) is True


# -- failures ------------------------------------------------------------------------------------


async def _idle_mailbox(server: DovecotServer, open_mailbox: MailboxFactory, *,
                        timeout_s: float | None = None) -> ImapMailbox:
    """Connected and read once, with the usual command timeout; ``timeout_s``, a stall test's short one, from
    then on. (Given from the start, it bounded the login too: a fresh Dovecot's first connect took up to 311 ms
    on a loaded machine, against 0.5 s.)"""
    account = new_account(server)
    mailbox = open_mailbox(imap_settings_for(server, account, idle_timeout_s=NEVER_S))
    await mailbox.connect()
    await mailbox.fetch_after(0)
    if timeout_s is not None:
        mailbox._settings = dataclasses.replace(mailbox._settings, timeout_s=timeout_s)
    return mailbox


async def test_server_killed_during_idle_is_a_transient_error(
    private_dovecot: DovecotServer, open_mailbox: MailboxFactory
) -> None:
    mailbox = await _idle_mailbox(private_dovecot, open_mailbox)
    acknowledged = idle_acknowledged(mailbox)
    waiting = asyncio.ensure_future(mailbox.wait_for_news(NEVER_S))
    await until_idling(acknowledged, waiting)

    await asyncio.to_thread(private_dovecot.kill)

    with pytest.raises(TransientError):
        await asyncio.wait_for(waiting, HANG_GUARD_S)


async def test_bye_during_idle_is_a_transient_error(
    private_dovecot: DovecotServer, open_mailbox: MailboxFactory
) -> None:
    account = new_account(private_dovecot)
    mailbox = open_mailbox(imap_settings_for(private_dovecot, account, idle_timeout_s=NEVER_S))
    await mailbox.connect()
    acknowledged = idle_acknowledged(mailbox)
    waiting = asyncio.ensure_future(mailbox.wait_for_news(NEVER_S))
    await until_idling(acknowledged, waiting)

    await asyncio.to_thread(private_dovecot.kick, account.address)

    with pytest.raises(TransientError, match="BYE"):
        await asyncio.wait_for(waiting, HANG_GUARD_S)


async def test_a_stalled_server_is_a_transient_error(
    private_dovecot: DovecotServer, open_mailbox: MailboxFactory
) -> None:
    mailbox = await _idle_mailbox(private_dovecot, open_mailbox, timeout_s=0.5)
    private_dovecot.pause()
    try:
        with pytest.raises(TransientError, match="did not answer"):
            await asyncio.wait_for(mailbox.fetch_after(0), HANG_GUARD_S)
    finally:
        private_dovecot.resume()


async def test_a_server_that_stalls_while_idle_is_caught_when_idle_ends(
    private_dovecot: DovecotServer, open_mailbox: MailboxFactory
) -> None:
    mailbox = await _idle_mailbox(private_dovecot, open_mailbox, timeout_s=0.5)
    acknowledged = idle_acknowledged(mailbox)
    waiting = asyncio.ensure_future(mailbox.wait_for_news(1.0))
    await until_idling(acknowledged, waiting)
    private_dovecot.pause()
    try:
        with pytest.raises(TransientError, match="did not answer IDLE DONE"):
            await asyncio.wait_for(waiting, HANG_GUARD_S)
    finally:
        private_dovecot.resume()


async def test_after_a_restart_a_new_connection_sees_the_same_mailbox(
    private_dovecot: DovecotServer, open_mailbox: MailboxFactory
) -> None:
    account = new_account(private_dovecot)
    await deliver(private_dovecot, account, load_eml("imap_plain_reply.eml"))
    mailbox = open_mailbox(imap_settings_for(private_dovecot, account))
    uidvalidity = await mailbox.connect()
    await asyncio.to_thread(private_dovecot.restart)

    with pytest.raises(TransientError):
        await mailbox.fetch_after(0)
    await mailbox.close()

    assert await mailbox.connect() == uidvalidity
    assert len(await mailbox.fetch_after(0)) == 1
