"""The embedded sandbox: in-process SMTP and IMAP servers on loopback for the demo and tests.

    async with Sandbox(bot_address="bot@sandbox.test", password="pw",
                       bounce_domains=frozenset({"bounce.test"})) as sb:
        settings = settings.replace(**sb.settings_tables())
        await sb.send_as("candidate@example.com", ["bot@sandbox.test"], raw)

Mail to the bot's domain lands in the bot's IMAP INBOX; mail to anyone else is kept in
``sb.outside`` (the candidates' inboxes); bounce and reject domains behave like dead mailboxes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any

from bot.adapters.smtp import SmtpSender
from bot.clock import Clock
from bot.ports import OutgoingEmail
from bot.sandbox.imap import ImapSandbox
from bot.sandbox.smtp import SmtpFront, domain_of
from bot.settings import Secret, SmtpSettings

__all__ = ["ImapSandbox", "Sandbox", "SmtpFront"]


class Sandbox:
    """Both sandbox servers, wired together: SMTP delivers the bot's domain into IMAP."""

    def __init__(
        self,
        *,
        bot_address: str = "bot@sandbox.test",
        password: str = "sandbox",
        bounce_domains: frozenset[str] = frozenset(),
        reject_domains: frozenset[str] = frozenset(),
        users: Mapping[str, str] | None = None,
        clock: Clock | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        """``users`` adds more mailboxes (address -> password); their domains become local too."""
        self.bot_address = bot_address.lower()
        self.password = password
        self.host = host
        mailboxes = {self.bot_address: password, **{k.lower(): v for k, v in (users or {}).items()}}
        self.imap = ImapSandbox(mailboxes, host=host, clock=clock)
        self.smtp = SmtpFront(
            deliver=self.imap.deliver,
            local_domains=frozenset(domain_of(address) for address in mailboxes),
            bounce_domains=bounce_domains,
            reject_domains=reject_domains,
            host=host,
            clock=clock,
        )

    async def __aenter__(self) -> Sandbox:
        await self.imap.start()
        try:
            await self.smtp.start()
        except BaseException:
            await self.imap.stop()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.smtp.stop()
        await self.imap.stop()

    @property
    def imap_port(self) -> int:
        return self.imap.port

    @property
    def smtp_port(self) -> int:
        return self.smtp.port

    @property
    def outside(self) -> dict[str, list[bytes]]:
        """Mail for non-local recipients, by recipient address."""
        return self.smtp.outside

    def settings_tables(self) -> dict[str, dict[str, Any]]:
        """``Settings.replace(**sb.settings_tables())`` points the bot's SMTP and IMAP at this sandbox
        (set ``bot.address`` to ``sb.bot_address`` yourself)."""
        return {
            "smtp": {"host": self.host, "port": self.smtp_port, "security": "none", "username": ""},
            "imap": {
                "host": self.host,
                "port": self.imap_port,
                "security": "none",
                "username": self.bot_address,
                "password": Secret(self.password),
                "mailbox": "INBOX",
            },
        }

    async def send_as(self, sender: str, recipients: Iterable[str], raw: bytes) -> None:
        """Submit ``raw`` through the SMTP front, as a candidate's mail client would."""
        settings = SmtpSettings(host=self.host, port=self.smtp_port, security="none", timeout_s=10.0)
        email = OutgoingEmail(message_id="", envelope_from=sender, recipients=tuple(recipients), data=raw)
        async with SmtpSender(settings, local_hostname="client.sandbox.test") as client:
            await client.send(email)
