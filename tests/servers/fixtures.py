"""Real mail servers for tests: a private Dovecot (IMAP + LMTP) and an SMTP front delivering into it.

Loaded by tests/conftest.py (``pytest_plugins``). If Dovecot is not installed these fixtures ERROR
instead of skipping: CI must run the real-server tests (scripts/install-system-deps.sh installs it).

- ``dovecot``: the session's shared Dovecot (started again if a test stopped it).
- ``private_dovecot``: a Dovecot of the test's own, for tests that kill, pause or restart it.
- ``imap_account``: a fresh, empty mailbox on the shared Dovecot.
- ``mail_servers``: SmtpFront + Dovecot: SMTP to ``@bot.test``/``@admin.test`` lands in Dovecot.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import pytest

from bot.sandbox.smtp import SmtpFront
from bot.settings import ImapSettings, Secret
from tests.servers.dovecot import Account, DovecotServer

LOCAL_DOMAINS = frozenset({"bot.test", "admin.test"})
BOUNCE_DOMAINS = frozenset({"bounce.test"})
REJECT_DOMAINS = frozenset({"reject.test"})


def new_account(server: DovecotServer) -> Account:
    """An account nobody else in this test session uses, so each test starts with an empty INBOX."""
    return server.new_account()


def imap_settings_for(server: DovecotServer, account: Account, **overrides: object) -> ImapSettings:
    """ImapSettings that log in to ``account`` on ``server`` (plain IMAP on loopback)."""
    values: dict[str, object] = {
        "host": server.host,
        "port": server.imap_port,
        "security": "none",
        "username": account.address,
        "password": Secret(account.password),
        "timeout_s": 5.0,
    }
    values.update(overrides)
    return ImapSettings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def _dovecot_session() -> Iterator[DovecotServer]:
    server = DovecotServer()
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def dovecot(_dovecot_session: DovecotServer) -> DovecotServer:
    _dovecot_session.start()  # no-op when running
    return _dovecot_session


@pytest.fixture
def private_dovecot() -> Iterator[DovecotServer]:
    server = DovecotServer()
    try:
        server.start()
        yield server
    finally:
        server.resume()  # a paused server cannot be killed cleanly by its own shutdown path
        server.cleanup()


@pytest.fixture
def imap_account(dovecot: DovecotServer) -> Account:
    return new_account(dovecot)


@dataclass(frozen=True, slots=True)
class MailServers:
    dovecot: DovecotServer
    smtp: SmtpFront

    @property
    def smtp_port(self) -> int:
        return self.smtp.port


@pytest.fixture
async def mail_servers(dovecot: DovecotServer) -> AsyncIterator[MailServers]:
    front = SmtpFront(
        deliver=dovecot.deliver,
        local_domains=LOCAL_DOMAINS,
        bounce_domains=BOUNCE_DOMAINS,
        reject_domains=REJECT_DOMAINS,
    )
    await front.start()
    try:
        yield MailServers(dovecot=dovecot, smtp=front)
    finally:
        await front.stop()
