"""ImapMailbox: bot.ports.Mailbox over aioimaplib.

    mailbox = ImapMailbox(settings.imap)
    uidvalidity = await mailbox.connect()
    for message in await mailbox.fetch_after(last_uid): ...
    await mailbox.wait_for_news(settings.imap.idle_timeout_s)

What aioimaplib leaves to us (see DESIGN.md, "Library facts that bite"):
- After a ``BYE`` or a dropped connection it neither reconnects nor fails pending commands: every
  command here races the connection-lost signal and a timeout, so a dead or stalled server becomes
  a TransientError within ``timeout_s`` and the caller builds a new connection.
- Untagged ``EXISTS`` that arrive with another command's answer are dropped by the library. We
  watch every untagged line (``_WatchfulProtocol``) so mail that lands between a fetch and the next
  IDLE is not left waiting for the IDLE timeout.
- FETCH literals arrive as a ``bytearray`` with UID/INTERNALDATE on either neighbouring line.

Messages are read with ``BODY.PEEK[]`` so the mailbox's ``\\Seen`` flags stay as the user left them.
Library errors leave this module only as TransientError or PermanentError.

With ``[imap] auth = "oauth2"`` the login is ``AUTHENTICATE XOAUTH2`` or ``OAUTHBEARER`` (RFC 7628) with an
access token from bot.adapters.oauth2 (initial response inline where the server offers SASL-IR). A refused
token is renewed and tried once more on the same connection; refused again, it is CredentialsRefused.
aioimaplib has no SASL exchange beyond XOAUTH2's first line, so _WatchfulProtocol answers the server's
continuation lines itself (the error challenge must be acknowledged before the server says NO).
"""

from __future__ import annotations

import asyncio
import logging
import re
import ssl
from collections.abc import Awaitable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, TypeVar

from aioimaplib import aioimaplib as imaplib_async

from bot.adapters.oauth2 import FAILURE_ACK, AccessTokens, sasl_error, sasl_initial
from bot.ports import CredentialsRefused, FetchedMessage, PermanentError, TransientError
from bot.settings import ImapSettings

log = logging.getLogger(__name__)

T = TypeVar("T")

FETCH_ITEMS = "(UID INTERNALDATE BODY.PEEK[])"
# Time allowed for a polite LOGOUT when closing; after that the socket is simply closed.
_LOGOUT_TIMEOUT_S = 2.0


# -- response parsing (pure functions) ---------------------------------------------------------

_FETCH_START = re.compile(rb"^\d+ FETCH \(")
_UID = re.compile(rb"\bUID (\d+)")
_INTERNALDATE = re.compile(rb'\bINTERNALDATE "([^"]+)"')
_UIDVALIDITY = re.compile(rb"\[UIDVALIDITY (\d+)\]")
_EXISTS = re.compile(rb"^\*? ?\d+ EXISTS\b")
_BYE = re.compile(rb"^\*? ?BYE\b", re.IGNORECASE)
_DATE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)")
# RFC 3501 date-month; spelled out so parsing never depends on the process locale.
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}


def parse_internaldate(text: str) -> datetime:
    """``" 7-Jul-2026 14:03:09 +0200"`` -> aware UTC datetime; ValueError if malformed."""
    match = _DATE.fullmatch(text.strip())
    if match is None or match.group(2).title() not in _MONTHS:
        raise ValueError(f"not an IMAP INTERNALDATE: {text!r}")
    day, month, year, hh, mm, ss, sign, off_h, off_m = match.groups()
    offset = timedelta(hours=int(off_h), minutes=int(off_m)) * (-1 if sign == "-" else 1)
    local = datetime(int(year), _MONTHS[month.title()], int(day), int(hh), int(mm), int(ss), tzinfo=timezone(offset))
    return local.astimezone(UTC)


def parse_uidvalidity(lines: Iterable[bytes | bytearray]) -> int:
    for line in lines:
        if isinstance(line, bytes) and (match := _UIDVALIDITY.search(line)):
            return int(match.group(1))
    raise TransientError("SELECT answer carried no UIDVALIDITY")


def parse_search(lines: Sequence[bytes | bytearray]) -> list[int]:
    """UIDs from a (UID) SEARCH answer; the library hands the numbers with or without 'SEARCH'."""
    uids: list[int] = []
    for line in lines[:-1]:  # the last line is the tagged status text
        words = bytes(line).split()
        if words and words[0].upper() == b"SEARCH":
            words = words[1:]
        uids.extend(int(word) for word in words if word.isdigit())
    return uids


@dataclass(slots=True)
class _FetchRecord:
    meta: bytes
    literal: bytes | None = None


def parse_fetch(lines: Sequence[bytes | bytearray]) -> list[tuple[int, datetime, bytes]]:
    """(uid, internaldate, raw) per message, in answer order.

    One message looks like ``b'1 FETCH (UID 5 INTERNALDATE "..." BODY[] {245}'``, then a
    ``bytearray`` with the literal, then ``b')'`` or ``b' UID 5)'``: the data items may sit on
    either side of the literal, so both neighbouring lines are read. Unsolicited FETCH lines
    (a flag change pushed by the server) have no literal and are ignored.
    """
    records: list[_FetchRecord] = []
    for item in lines[:-1]:  # the last line is the tagged status text
        if isinstance(item, bytearray):
            if records and records[-1].literal is None:
                records[-1].literal = bytes(item)
        elif _FETCH_START.match(item):
            records.append(_FetchRecord(meta=item))
        elif records:
            records[-1].meta += b" " + item
    results = []
    for record in records:
        uid, date = _UID.search(record.meta), _INTERNALDATE.search(record.meta)
        if record.literal is None or uid is None or date is None:
            continue
        results.append((int(uid.group(1)), parse_internaldate(date.group(1).decode()), record.literal))
    return results


def quote_mailbox(name: str) -> str:
    """A quoted string (RFC 3501 section 9); ASCII names only (no modified UTF-7 here)."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


# -- the connection ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Signals:
    """What the server said outside any command's answer, gathered by _WatchfulProtocol."""

    lost: asyncio.Event = field(default_factory=asyncio.Event)
    # A command failed or timed out: the session state is unknown, so no polite LOGOUT.
    broken: bool = False
    # Set by any EXISTS (the mailbox grew); cleared when a fetch starts.
    news: bool = False
    bye: str | None = None

    def observe(self, line: bytes) -> None:
        if _EXISTS.match(line):
            self.news = True
        elif _BYE.match(line):
            self.bye = line.decode(errors="replace")

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost.set()


class _SaslExchange:
    """The client's side of one AUTHENTICATE after its first line: the initial response when the server
    asks for it (no SASL-IR), the acknowledgement of an error challenge, then a cancel ("*")."""

    def __init__(self, initial: str, *, sent: bool, ack: str) -> None:
        self.initial = initial
        self.sent = sent
        self.ack = ack
        self.error: str | None = None

    def answer(self, line: bytes) -> str:
        payload = line[1:].strip()
        if not self.sent and not payload:
            self.sent = True
            return self.initial
        if self.error is None:
            self.error = sasl_error(payload) or "refused"
            return self.ack
        return "*"  # RFC 3501 section 6.2.2: the client cancels an exchange it cannot continue


class _WatchfulProtocol(imaplib_async.IMAP4ClientProtocol):
    """aioimaplib's protocol, plus a look at every untagged line before the library routes it, and
    the answers to an AUTHENTICATE's continuation lines."""

    def __init__(self, loop: asyncio.AbstractEventLoop, signals: _Signals) -> None:
        super().__init__(loop, signals.connection_lost)
        self.signals = signals
        self.sasl: _SaslExchange | None = None

    def _untagged_response(self, line: bytes) -> Any:
        self.signals.observe(line)
        return super()._untagged_response(line)

    def _continuation(self, line: bytes) -> None:
        command = self.pending_sync_command
        if self.sasl is not None and command is not None and command.name == "AUTHENTICATE":
            self.transport.write(self.sasl.answer(line).encode("ascii") + b"\r\n")
            return
        super()._continuation(line)


class _Client(imaplib_async.IMAP4):
    """IMAP4 whose protocol is _WatchfulProtocol (create_client is the library's extension point)."""

    def __init__(self, host: str, port: int, signals: _Signals, ssl_context: ssl.SSLContext | None) -> None:
        self.signals = signals
        super().__init__(host, port, ssl_context=ssl_context)

    def create_client(
        self,
        host: str,
        port: int,
        loop: asyncio.AbstractEventLoop | None,
        conn_lost_cb: Any = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        local_loop = loop or asyncio.get_running_loop()
        self.protocol = _WatchfulProtocol(local_loop, self.signals)
        self._client_task = local_loop.create_task(
            local_loop.create_connection(lambda: self.protocol, host, port, ssl=ssl_context)
        )


def _translate(exc: BaseException, what: str) -> Exception:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return PermanentError(f"IMAP {what}: server certificate not trusted: {exc}")
    return TransientError(f"IMAP {what} failed: {type(exc).__name__}: {exc}")


class ImapMailbox:
    """One IMAP connection to one mailbox. After any error, ``close()`` and ``connect()`` again."""

    def __init__(self, settings: ImapSettings, *, tls_context: ssl.SSLContext | None = None,
                 tokens: AccessTokens | None = None) -> None:
        """``tls_context`` replaces the system trust store (e.g. a test server's own certificate);
        ``tokens`` signs in with OAuth2 (required when ``settings.auth`` is "oauth2")."""
        if settings.auth == "oauth2" and tokens is None:
            raise ValueError("[imap] auth is oauth2 but no AccessTokens were given")
        self._settings = settings
        self._tls_context = tls_context
        self._tokens = tokens
        self._client: _Client | None = None
        self._idle_supported = False
        # Fixed per SELECT; every FetchedMessage carries it.
        self._uidvalidity = 0

    @property
    def name(self) -> str:
        return self._settings.mailbox

    # -- Mailbox port --------------------------------------------------------------------------

    async def connect(self) -> int:
        """Log in and select the mailbox; return its UIDVALIDITY."""
        await self.close()
        s = self._settings
        signals = _Signals()
        context = self._context() if s.security == "tls" else None
        try:
            client = _Client(s.host, s.port, signals, context)
        except OSError as exc:
            raise _translate(exc, "connect") from exc
        self._client = client
        await self._guard(client.wait_hello_from_server(), "greeting")
        if s.security == "starttls":
            await self._starttls(client)
        await self._login(client)
        # Ask again after login: servers may announce more (and pre-login lists can be partial).
        await self._guard(client.protocol.capability(), "CAPABILITY")
        self._idle_supported = "IDLE" in client.protocol.capabilities
        response = await self._guard(client.protocol.select(quote_mailbox(s.mailbox)), "SELECT")
        if response.result != "OK":
            raise PermanentError(f"IMAP cannot select {s.mailbox!r}: {_text(response)}")
        uidvalidity = self._uidvalidity = parse_uidvalidity(response.lines)
        # SELECT's EXISTS counts what is already there; news is what arrives after this.
        signals.news = False
        log.info(
            "IMAP connected to %s:%s as %s, %s uidvalidity=%s idle=%s",
            s.host,
            s.port,
            s.username,
            s.mailbox,
            uidvalidity,
            self._idle_supported and s.idle,
        )
        return uidvalidity

    async def fetch_after(self, uid: int, limit: int = 100) -> Sequence[FetchedMessage]:
        """Messages with UID greater than ``uid``, oldest first, at most ``limit``; \\Seen untouched."""
        client = self._connected()
        # Anything announced from now on may be missing from this answer: the next wait must see it.
        client.signals.news = False
        # "n:*" also matches the highest UID when it is below n (RFC 3501 section 6.4.8): filter.
        response = await self._command(
            client.protocol.search("UID", f"{uid + 1}:*", charset=None, by_uid=True), "UID SEARCH"
        )
        wanted = sorted(u for u in set(parse_search(response.lines)) if u > uid)[:limit]
        if not wanted:
            return []
        response = await self._command(
            client.protocol.fetch(f"{wanted[0]}:{wanted[-1]}", FETCH_ITEMS, by_uid=True), "UID FETCH"
        )
        keep = set(wanted)
        messages = {
            found_uid: FetchedMessage(self.name, self._uidvalidity, found_uid, date, raw)
            for found_uid, date, raw in parse_fetch(response.lines)
            if found_uid in keep
        }
        return [messages[u] for u in sorted(messages)]

    async def wait_for_news(self, timeout_s: float, wake: asyncio.Event | None = None) -> bool:
        """Block until the server reports new mail, ``wake`` is set or ``timeout_s`` passes; True if
        news or woken (someone wants the mailbox read now)."""
        client = self._connected()
        wake = wake or asyncio.Event()
        if client.signals.news or wake.is_set():
            return True
        if self._settings.idle and self._idle_supported:
            return await self._idle(client, min(timeout_s, self._settings.idle_timeout_s), wake)
        return await self._poll(client, min(timeout_s, self._settings.poll_interval_s), wake)

    async def close(self) -> None:
        """LOGOUT if the server still listens, then drop the socket; never raises."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            signals = client.signals
            if not (signals.lost.is_set() or signals.broken) and client.protocol.state != imaplib_async.CONNECTED:
                if client.has_pending_idle():
                    client.idle_done()
                await asyncio.wait_for(client.protocol.logout(), _LOGOUT_TIMEOUT_S)
        except Exception:  # closing must never fail; the socket is dropped below anyway
            pass
        finally:
            _abandon(client)
            log.info("IMAP connection to %s:%s closed", self._settings.host, self._settings.port)

    # -- internals -----------------------------------------------------------------------------

    def _connected(self) -> _Client:
        if self._client is None:
            raise TransientError("IMAP mailbox is not connected")
        return self._client

    def _context(self) -> ssl.SSLContext:
        return self._tls_context or ssl.create_default_context()

    async def _login(self, client: _Client) -> None:
        s = self._settings
        if s.auth == "oauth2":
            await self._login_oauth2(client)
            return
        response = await self._guard(client.protocol.login(imaplib_async.quoted(s.username), s.password.value), "LOGIN")
        if response.result != "OK":
            # Only the server's words: never the password.
            raise CredentialsRefused(f"IMAP login refused for {s.username}: {_text(response)}")

    async def _login_oauth2(self, client: _Client) -> None:
        """AUTHENTICATE with the current access token; if refused, once more with a renewed one."""
        assert self._tokens is not None
        mechanism = self._tokens.settings.mechanism
        if f"AUTH={mechanism.upper()}" not in client.protocol.capabilities:
            raise PermanentError(f"IMAP server {self._settings.host} does not offer AUTH={mechanism.upper()} "
                                 "([oauth2] mechanism)")
        token = await self._tokens.token()
        refusal = await self._authenticate(client, mechanism, token)
        if refusal is None:
            return
        log.info("IMAP refused the OAuth2 access token (%s); renewing it once", refusal)
        token = await self._tokens.renew(rejected=token)
        refusal = await self._authenticate(client, mechanism, token)
        if refusal is not None:
            raise CredentialsRefused(
                f"IMAP refused a newly issued OAuth2 access token for {self._settings.username}: {refusal} "
                "(the app's scopes, or IMAP access for this mailbox, may be missing)")

    async def _authenticate(self, client: _Client, mechanism: str, token: str) -> str | None:
        """One AUTHENTICATE; None if it succeeded, else the server's reason (never the token)."""
        s = self._settings
        protocol = client.protocol
        initial = sasl_initial(mechanism, s.username, token, s.host, s.port)
        inline = "SASL-IR" in protocol.capabilities  # RFC 4959: the initial response on the command line
        exchange = _SaslExchange(initial, sent=inline, ack=FAILURE_ACK[mechanism])
        args = (mechanism.upper(), initial) if inline else (mechanism.upper(),)
        command = imaplib_async.Command("AUTHENTICATE", protocol.new_tag(), *args, loop=protocol.loop)
        protocol.sasl = exchange
        try:
            response = await self._guard(protocol.execute(command, scrub=initial), "AUTHENTICATE")
        finally:
            protocol.sasl = None
        if response.result == "OK":
            protocol.state = imaplib_async.AUTH
            return None
        said = _text(response)
        return f"{said} ({exchange.error})" if exchange.error else said

    async def _starttls(self, client: _Client) -> None:
        if "STARTTLS" not in client.protocol.capabilities:
            raise PermanentError("IMAP server does not offer STARTTLS")
        protocol = client.protocol
        command = imaplib_async.Command("STARTTLS", protocol.new_tag(), loop=protocol.loop)
        response = await self._guard(protocol.execute(command), "STARTTLS")
        if response.result != "OK":
            raise PermanentError(f"IMAP STARTTLS refused: {_text(response)}")
        loop = asyncio.get_running_loop()
        protocol.transport = await self._guard(
            loop.start_tls(protocol.transport, protocol, self._context(), server_hostname=self._settings.host),
            "TLS handshake",
        )
        # RFC 3501 section 6.2.1: forget what was announced before TLS.
        await self._guard(protocol.capability(), "CAPABILITY")

    async def _command(self, call: Awaitable[Any], what: str) -> Any:
        response = await self._guard(call, what)
        if response.result != "OK":
            raise TransientError(f"IMAP {what} answered {response.result}: {_text(response)}")
        return response

    async def _guard(self, call: Awaitable[T], what: str, timeout_s: float | None = None) -> T:
        """Await ``call`` unless the connection drops, the server says BYE, or nothing comes back in
        time: aioimaplib would otherwise wait forever on a dead socket."""
        client = self._connected()
        task = asyncio.ensure_future(call)
        # If we stop waiting (timeout, drop, our caller cancelled), nobody reads the outcome.
        task.add_done_callback(_consume)
        lost = asyncio.ensure_future(client.signals.lost.wait())
        limit = self._settings.timeout_s if timeout_s is None else timeout_s
        try:
            done, _ = await asyncio.wait({task, lost}, timeout=limit, return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:
            task.cancel()
            client.signals.broken = True
            raise
        finally:
            lost.cancel()
        if task not in done:
            task.cancel()
            client.signals.broken = True
            if client.signals.lost.is_set():
                raise TransientError(f"IMAP connection lost during {what}{_bye(client)}")
            raise TransientError(f"IMAP server did not answer {what} within {limit} s")
        try:
            result = task.result()
        except (imaplib_async.AioImapException, OSError, TimeoutError, ValueError) as exc:
            client.signals.broken = True
            raise _translate(exc, what) from exc
        if client.signals.bye is not None:
            raise TransientError(f"IMAP server said {client.signals.bye}")
        return result

    async def _idle(self, client: _Client, wait_s: float, wake: asyncio.Event) -> bool:
        """IDLE (RFC 2177) until an EXISTS, a BYE, the drop of the connection or ``wait_s``."""
        queue: asyncio.Queue[list[bytes]] = client.protocol.idle_queue
        while not queue.empty():  # pushes left over from an earlier IDLE
            queue.get_nowait()
        # The library's own IDLE timer only backs ours up: it fires a little after our deadline.
        idle = await self._guard(client.idle_start(timeout=wait_s + self._settings.timeout_s), "IDLE")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait_s
        while not client.signals.news and (remaining := deadline - loop.time()) > 0:
            push = await self._next_push(client, queue, remaining, wake)
            if push is None or push == imaplib_async.STOP_WAIT_SERVER_PUSH:
                break
            # Anything else ("OK Still here" keep-alives, RECENT, flag changes) just keeps us idling.
        client.idle_done()
        # DONE must be answered: a server that stays silent here has stalled.
        await self._command(idle, "IDLE DONE")
        return client.signals.news or wake.is_set()

    async def _next_push(self, client: _Client, queue: asyncio.Queue[list[bytes]], wait_s: float,
                         wake: asyncio.Event) -> list[bytes] | None:
        """The next batch of IDLE pushes, None when ``wait_s`` passes or ``wake`` is set;
        TransientError on drop/BYE."""
        get = asyncio.ensure_future(queue.get())
        lost = asyncio.ensure_future(client.signals.lost.wait())
        woken = asyncio.ensure_future(wake.wait())
        try:
            done, _ = await asyncio.wait({get, lost, woken}, timeout=wait_s, return_when=asyncio.FIRST_COMPLETED)
        finally:
            lost.cancel()
            woken.cancel()
            if not get.done():
                get.cancel()
        if get in done:
            push = get.result()
            if client.signals.bye is not None:
                raise TransientError(f"IMAP server said {client.signals.bye}")
            return push
        if lost in done:
            raise TransientError(f"IMAP connection lost while idle{_bye(client)}")
        return None

    async def _poll(self, client: _Client, wait_s: float, wake: asyncio.Event) -> bool:
        """No IDLE: sleep (until ``wake``), then NOOP, which makes the server report new mail (EXISTS)."""
        lost = asyncio.ensure_future(client.signals.lost.wait())
        woken = asyncio.ensure_future(wake.wait())
        try:
            await asyncio.wait({lost, woken}, timeout=wait_s, return_when=asyncio.FIRST_COMPLETED)
        finally:
            lost.cancel()
            woken.cancel()
        if client.signals.lost.is_set():
            raise TransientError(f"IMAP connection lost while polling{_bye(client)}")
        await self._command(client.protocol.simple_command("NOOP"), "NOOP")
        return client.signals.news or wake.is_set()


def _text(response: Any) -> str:
    if not response.lines:
        return ""
    last = response.lines[-1]
    return bytes(last).decode(errors="replace")[:200]


def _bye(client: _Client) -> str:
    return f" (server said {client.signals.bye})" if client.signals.bye else ""


def _consume(task: asyncio.Future[Any]) -> None:
    """Mark a library task's failure as seen (it is reported through our own errors)."""
    if not task.cancelled():
        task.exception()


def _abandon(client: _Client) -> None:
    """Drop the socket and the library's helper tasks so nothing is left pending on the loop."""
    protocol = client.protocol
    for task in (*client.tasks, *protocol.tasks):
        task.cancel()
    if client._idle_waiter is not None:
        client._idle_waiter.cancel()
    if not client._client_task.done():
        client._client_task.cancel()
    if protocol.transport is not None:
        protocol.transport.close()
