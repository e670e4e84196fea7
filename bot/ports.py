"""Small interfaces the domain talks through. Adapters in bot.adapters implement them and translate
library errors into TransientError ("try again later") or PermanentError ("give up").

Nothing outside bot.adapters imports aiosmtplib, aioimaplib or openai.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Protocol


class TransientError(Exception):
    """The operation may succeed if tried again later (network drop, 4xx, timeout, 429, 5xx)."""


class InDoubtError(TransientError):
    """The connection failed after the message was handed over, with no answer from the server:
    it may or may not have been accepted. Only evidence (the bot's own copy) can tell."""


class PermanentError(Exception):
    """Trying again will not help (5xx SMTP reply for the recipient, auth failure, refused content)."""


class CredentialsRefused(PermanentError):
    """The server refused our own login (wrong or revoked password). No message is at fault: the
    outbox must not fail rows for it, and the daemon alerts the admins and exits non-zero."""


# The named condition of a refused OAuth2 refresh token: the alert kind, the check-config word, the digest line.
REFRESH_FAILED = "oauth2_refresh_failed"


class OAuth2RefreshRefused(CredentialsRefused):
    """The OAuth2 token endpoint refused the refresh token (consent revoked, the token expired or was
    revoked, the client secret changed): only signing in again helps. Unlike a refused password the daemon
    keeps running on it (bot.daemon), alerting once per onset."""

    condition = REFRESH_FAILED

    def __init__(self, provider: str, error: str, description: str = "") -> None:
        self.provider = provider
        self.error = error
        self.description = description
        words = " ".join(description.split())[:300]
        said = f"{error}: {words}" if words else error
        super().__init__(f"OAuth2 refresh token refused by the {provider} token endpoint ({said}); sign in "
                         f"again with `endorsebot oauth2 login --provider {provider}` and restart with the new "
                         "ENDORSEBOT_OAUTH2_REFRESH_TOKEN")


class OAuth2NotSignedIn(OAuth2RefreshRefused):
    """No refresh token in the environment at all."""

    def __init__(self, provider: str) -> None:
        super().__init__(provider, "no_refresh_token", "ENDORSEBOT_OAUTH2_REFRESH_TOKEN is empty")


@dataclass(frozen=True, slots=True)
class OutgoingEmail:
    message_id: str
    envelope_from: str
    recipients: tuple[str, ...]
    data: bytes  # the complete RFC 5322 message, CRLF line endings


class MailSender(Protocol):
    """One SMTP connection reused for a batch: ``async with sender: await sender.send(...)``."""

    async def __aenter__(self) -> MailSender: ...

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
        /,
    ) -> None: ...

    async def send(self, email: OutgoingEmail) -> None:
        """Return once the server accepted the message for every recipient; raise otherwise."""
        ...


@dataclass(frozen=True, slots=True)
class FetchedMessage:
    mailbox: str
    uidvalidity: int
    uid: int
    internaldate: datetime  # aware UTC: when the server received it
    raw: bytes
    # What ``internaldate`` is: the IMAP server's INTERNALDATE, or the bot's clock when the MTA handed the
    # message over LMTP ("lmtp_arrival"). Stored with the message: which timestamp decided "on time".
    timestamp_source: str = "internaldate"


class Mailbox(Protocol):
    """An IMAP mailbox: select, fetch by UID without setting \\Seen, wait for news."""

    async def connect(self) -> int:
        """Log in and select the mailbox; return its UIDVALIDITY."""
        ...

    async def fetch_after(self, uid: int, limit: int = 100) -> Sequence[FetchedMessage]:
        """Messages with UID greater than ``uid``, oldest first, at most ``limit``."""
        ...

    async def wait_for_news(self, timeout_s: float, wake: asyncio.Event | None = None) -> bool:
        """Block until the server reports new mail (IDLE), ``wake`` is set or ``timeout_s`` passes;
        True if news (or woken: the caller fetches either way)."""
        ...

    async def close(self) -> None: ...
