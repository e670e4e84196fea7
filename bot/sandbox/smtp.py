"""SmtpFront: a real SMTP server (aiosmtpd) on loopback, for the demo sandbox and for tests.

It plays every mail server the bot talks to at once: the bot's own domain (``local_domains``,
handed to ``deliver``: the in-memory IMAP sandbox or Dovecot's LMTP), domains whose mailboxes
do not exist (``bounce_domains``: accepted, then an RFC 3464 bounce comes back, as when a
remote MX refuses after the submission server queued the mail), domains refused outright
(``reject_domains``: 550 at RCPT) and the rest of the internet (``outside``: kept for tests).

It runs on the caller's event loop (not in a thread like aiosmtpd's Controller) so ``deliver``
can be an ordinary coroutine of the same loop and tests see deliveries as soon as a send returns.
Delivery happens before the 250 reply to DATA: a sender that got 250 can rely on the mail being
in place. If ``deliver`` fails with anything but LookupError the transaction gets 451 and the
recipients delivered so far keep their copy, as with any real MTA that crashes mid-queue.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import json
import logging
import secrets
import ssl
import weakref
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from email.utils import format_datetime
from typing import Any

from aiosmtpd.smtp import MISSING, SMTP, AuthResult, Envelope, LoginPassword, Session

from bot.clock import Clock, SystemClock
from bot.sandbox.dsn import FailedRecipient, build_dsn

log = logging.getLogger(__name__)

# (envelope_from, recipient, data); raises LookupError if there is no such mailbox.
Deliver = Callable[[str, str, bytes], Awaitable[None]]
# (user, access token) -> whether the token is good for that user (e.g. asked of an introspection endpoint).
BearerCheck = Callable[[str, str], Awaitable[bool]]

NULL_SENDER = "<>"
# Reply texts worded like Postfix's, so bounce parsing is tested against familiar diagnostics.
USER_UNKNOWN = "Recipient address rejected: User unknown"
NO_MAILBOX = "Recipient address rejected: User unknown in virtual mailbox table"


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].lower()


class SmtpFront:
    """A loopback SMTP server that routes mail by recipient domain; see the module docstring."""

    def __init__(
        self,
        *,
        deliver: Deliver,
        local_domains: frozenset[str],
        bounce_domains: frozenset[str] = frozenset(),
        reject_domains: frozenset[str] = frozenset(),
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Clock | None = None,
        hostname: str = "mx.sandbox.test",
        users: Mapping[str, str] | None = None,
        tls_context: ssl.SSLContext | None = None,
        implicit_tls: bool = False,
        bearer: BearerCheck | None = None,
    ) -> None:
        """``users`` (login -> password) makes AUTH PLAIN/LOGIN mandatory before MAIL; ``bearer`` offers AUTH
        XOAUTH2 and OAUTHBEARER (RFC 7628) checked by it, and makes AUTH mandatory too.
        ``tls_context`` offers STARTTLS, or with ``implicit_tls`` wraps every connection in TLS."""
        self._deliver = deliver
        self.local_domains = frozenset(d.lower() for d in local_domains)
        self.bounce_domains = frozenset(d.lower() for d in bounce_domains)
        self.reject_domains = frozenset(d.lower() for d in reject_domains)
        self.host = host
        self.port = port
        self.hostname = hostname
        self._clock: Clock = clock or SystemClock()
        self._users = dict(users) if users is not None else None
        self._tls_context = tls_context
        self._implicit_tls = implicit_tls
        self.outside: dict[str, list[bytes]] = {}
        self.accepted: list[tuple[str, tuple[str, ...], bytes]] = []
        # Connections accepted since construction (tests check that a batch reuses one).
        self.connections = 0
        self._failures: list[str] = []
        self._server: asyncio.Server | None = None
        self._sessions: weakref.WeakSet[SMTP] = weakref.WeakSet()
        self._bearer = bearer
        self._handler = _BearerHandler(self) if bearer is not None else _Handler(self)

    async def start(self) -> int:
        """Listen and return the bound port; a restart after ``stop`` reuses the same port."""
        if self._server is not None:
            return self.port
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            self._new_session,
            self.host,
            self.port,
            ssl=self._tls_context if self._implicit_tls else None,
            reuse_address=True,
        )
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        """Stop listening and drop every open connection (as a crashed or restarted server would)."""
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        for session in list(self._sessions):
            if session.transport is not None:
                session.transport.close()
        await server.wait_closed()
        # Let aiosmtpd's per-connection tasks see the closed transports and finish.
        await asyncio.sleep(0)

    def fail_next(self, count: int, code: int = 451, text: str = "try later") -> None:
        """The next ``count`` transactions get ``code text`` in reply to MAIL FROM."""
        self._failures.extend([f"{code} {text}"] * count)

    def _new_session(self) -> SMTP:
        self.connections += 1
        session = SMTP(
            self._handler,
            hostname=self.hostname,
            ident="endorsebot sandbox ESMTP",
            # STARTTLS only when we have a context and are not already wrapped.
            tls_context=None if self._implicit_tls else self._tls_context,
            # Loopback sandbox: allow AUTH without TLS so tests can exercise login plainly.
            auth_require_tls=False,
            authenticator=self._authenticate if self._users is not None else None,
            loop=asyncio.get_running_loop(),
        )
        self._sessions.add(session)
        return session

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = (
            self._users is not None
            and isinstance(auth_data, LoginPassword)
            and self._users.get(auth_data.login.decode(errors="replace")) == auth_data.password.decode(
                errors="replace"
            )
        )
        return AuthResult(success=ok, handled=False)

    def _take_failure(self) -> str | None:
        return self._failures.pop(0) if self._failures else None

    def _needs_auth(self, session: Session) -> bool:
        return (self._users is not None or self._bearer is not None) and not session.authenticated

    async def _accept(self, session: Session, envelope: Envelope) -> None:
        """Route one complete transaction; bounce what cannot be delivered."""
        arrival = self._clock.now()
        queue_id = secrets.token_hex(5).upper()
        sender = "" if envelope.mail_from in (None, NULL_SENDER) else str(envelope.mail_from)
        recipients = tuple(envelope.rcpt_tos)
        trace = _received(session, self.hostname, queue_id, recipients, arrival)
        data = trace + (envelope.original_content or b"")
        failed = [failure for rcpt in recipients if (failure := await self._route(sender, rcpt, data))]
        self.accepted.append((sender, recipients, data))
        # RFC 5321 section 4.5.5: never bounce a message that has a null sender.
        if failed and sender:
            await self._bounce(sender, failed, data, arrival)

    async def _route(self, sender: str, rcpt: str, data: bytes) -> FailedRecipient | None:
        domain = domain_of(rcpt)
        if domain in self.bounce_domains:
            reply = f"550 5.1.1 <{rcpt}>: {USER_UNKNOWN}"
            return FailedRecipient(rcpt, "5.1.1", reply, remote_mta=f"mx.{domain}")
        if domain in self.local_domains:
            try:
                await self._deliver(sender, rcpt, data)
            except LookupError:
                return FailedRecipient(rcpt, "5.1.1", f"550 5.1.1 <{rcpt}>: {NO_MAILBOX}")
            return None
        self.outside.setdefault(rcpt, []).append(data)
        return None

    async def _bounce(
        self, sender: str, failed: list[FailedRecipient], original: bytes, arrival: datetime
    ) -> None:
        now = self._clock.now()
        dsn = build_dsn(
            reporting_host=self.hostname,
            envelope_to=sender,
            failed=failed,
            original=original,
            arrival=arrival,
            now=now,
        )
        trace = f"Received: by {self.hostname} (endorsebot sandbox); {format_datetime(now)}\r\n".encode()
        # A bounce that cannot be delivered is dropped, as MTAs do with double bounces.
        with contextlib.suppress(LookupError):
            if await self._route("", sender, trace + dsn) is not None:
                log.info("double bounce for %s dropped", sender)


def _received(
    session: Session, hostname: str, queue_id: str, recipients: tuple[str, ...], when: datetime
) -> bytes:
    """The trace header (RFC 5321 section 4.4) recording who handed us the message and when."""
    helo = session.host_name or "unknown"
    peer = session.peer[0] if isinstance(session.peer, tuple) else str(session.peer)
    protocol = "ESMTP" if session.extended_smtp else "SMTP"
    if session.authenticated:
        protocol += "A"
    for_clause = f"\r\n\tfor <{recipients[0]}>" if len(recipients) == 1 else ""
    return (
        f"Received: from {helo} ([{peer}])\r\n\tby {hostname} (endorsebot sandbox) with {protocol} "
        f"id {queue_id}{for_clause}; {format_datetime(when)}\r\n"
    ).encode()


class _Handler:
    """aiosmtpd hooks; each answers one SMTP command for the front."""

    def __init__(self, front: SmtpFront) -> None:
        self._front = front

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self._front._needs_auth(session):
            return "530 5.7.0 Authentication required"
        scripted = self._front._take_failure()
        if scripted is not None:
            return scripted
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if domain_of(address) in self._front.reject_domains:
            return f"550 5.1.1 <{address}>: {USER_UNKNOWN}"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        try:
            await self._front._accept(session, envelope)
        except Exception:
            log.exception("delivery failed; answering 451")
            return "451 4.3.0 Error: queue file write error"
        return "250 2.0.0 Ok: queued"


class _BearerHandler(_Handler):
    """The same front, offering the OAuth2 SASL mechanisms. A refused token gets the error challenge the
    way Gmail sends it (334 and base64 JSON), then 535 once the client has acknowledged it."""

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        return await self._bearer_login(server, args, _xoauth2_fields)

    async def auth_OAUTHBEARER(self, server: SMTP, args: list[str]) -> AuthResult:
        return await self._bearer_login(server, args, _oauthbearer_fields)

    async def _bearer_login(self, server: SMTP, args: list[str],
                            fields: Callable[[str], tuple[str, str]]) -> AuthResult:
        if len(args) > 1:
            try:
                blob = base64.b64decode(args[1], validate=True)
            except binascii.Error:
                return AuthResult(success=False, handled=False, message="501 5.5.2 Can't decode base64")
        else:
            answer = await server.challenge_auth("")
            if answer is MISSING:
                return AuthResult(success=False, handled=True)
            blob = answer
        user, token = fields(blob.decode("utf-8", errors="replace"))
        check = self._front._bearer
        if check is not None and user and token and await check(user, token):
            return AuthResult(success=True, auth_data=LoginPassword(user.encode(), b""))
        ack = await server.challenge_auth(json.dumps({"status": "401", "schemes": "bearer"}))
        return AuthResult(success=False, handled=ack is MISSING)


def _xoauth2_fields(text: str) -> tuple[str, str]:
    """``user=U^Aauth=Bearer T^A^A`` -> (U, T)."""
    parts = dict(p.split("=", 1) for p in text.split("\x01") if "=" in p)
    return parts.get("user", ""), parts.get("auth", "").removeprefix("Bearer ")


def _oauthbearer_fields(text: str) -> tuple[str, str]:
    """RFC 7628: ``n,a=U,^Ahost=...^Aauth=Bearer T^A^A`` -> (U, T)."""
    header, _, rest = text.partition("\x01")
    authzid = next((f[2:] for f in header.split(",") if f.startswith("a=")), "")
    user = authzid.replace("=2C", ",").replace("=3D", "=")
    parts = dict(p.split("=", 1) for p in rest.split("\x01") if "=" in p)
    return user, parts.get("auth", "").removeprefix("Bearer ")
