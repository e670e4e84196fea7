"""ImapSandbox: pymap's in-memory IMAP server, in-process on loopback, with a delivery hook.

pymap is started the way its ``pymap dict`` command does it (a dict backend Login plus an
IMAPServer callback behind asyncio.start_server), minus everything a throw-away loopback server
does not need: TLS, DNS lookups for the greeting, a thread pool and slow password hashing
(pymap's default PBKDF2 makes each LOGIN cost ~170 ms; the sandbox stores passwords in clear).

Facts worth knowing when writing tests against it: UIDs start at 101, UIDVALIDITY is random per
mailbox, messages are stored byte for byte (so build them with CRLF), IDLE is supported, and
INTERNALDATE is whatever ``clock`` said at delivery, so a fake clock controls "on time".
"""

from __future__ import annotations

import asyncio
import ssl
from argparse import Namespace
from collections.abc import Mapping
from secrets import token_bytes

from proxyprotocol.reader import ProxyProtocolReader
from proxyprotocol.sock import SocketInfo
from proxyprotocol.version import ProxyProtocolVersion
from pymap.backend.dict import Config, Identity, Login
from pymap.backend.dict.mailbox import MailboxData
from pymap.concurrent import Event as PymapEvent
from pymap.concurrent import Subsystem
from pymap.exceptions import UserNotFound
from pymap.imap import IMAPServer
from pymap.parsing.message import AppendMessage
from pymap.parsing.specials.fetchattr import FetchRequirement
from pymap.parsing.specials.flag import Flag
from pymap.selected import SelectedMailbox
from pymap.user import UserMetadata
from pysasl.hashing import Cleartext

from bot.clock import Clock, SystemClock

INBOX = "INBOX"


def _report_changes_before_idling() -> None:
    """Close a race in pymap's in-memory backend, once per process.

    IDLE waits for the mailbox's "updated" event, but a message appended after the session's last
    command and before IDLE began fired that event already: the session heard of it only at the
    next delivery (the demo stalled on this about one run in three under load). With this, IDLE
    first reports whatever changed since the session last looked, and only waits when nothing has.
    Dovecot has no such gap; this is the sandbox's alone."""
    if getattr(MailboxData.update_selected, "_endorsebot_patched", False):
        return
    original = MailboxData.update_selected

    async def update_selected(self: MailboxData, selected: SelectedMailbox, *,
                              wait_on: PymapEvent | None = None) -> SelectedMailbox:
        seen = selected.mod_sequence
        if wait_on is not None and seen is not None and self._mod_sequences.highest != seen:
            wait_on = None  # news already waiting: report it now
        return await original(self, selected, wait_on=wait_on)

    update_selected._endorsebot_patched = True  # type: ignore[attr-defined]
    MailboxData.update_selected = update_selected  # type: ignore[method-assign]


def mailbox_owner(recipient: str) -> str:
    """The login a recipient address delivers to: lower-cased, without a ``+tag``."""
    local, _, domain = recipient.lower().rpartition("@")
    return f"{local.partition('+')[0]}@{domain}"


class _SandboxConfig(Config):
    @property
    def greeting(self) -> bytes:
        # pymap's default greeting calls socket.getfqdn() on every connection, which can stall
        # for seconds on machines without working reverse DNS.
        return b"Server ready sandbox"


class ImapSandbox:
    """An IMAP server whose users are email addresses; ``deliver`` drops mail into their INBOX."""

    def __init__(
        self,
        users: Mapping[str, str],
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Clock | None = None,
    ) -> None:
        """``users`` maps each login (an email address, compared case-insensitively) to its password."""
        self.host = host
        self.port = port
        self._clock: Clock = clock or SystemClock()
        self._initial_users = {name.lower(): password for name, password in users.items()}
        self._config = _config(host, port)
        self._login = Login(self._config)
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> int:
        """Create the users, listen, and return the bound port; a restart reuses the port."""
        if self._server is not None:
            return self.port
        _report_changes_before_idling()
        # Users and their mail live in the backend, which survives a stop/start like a disk would.
        for name, password in self._initial_users.items():
            await self.add_user(name, password)
        self._initial_users = {}
        imap = IMAPServer(self._login, self._config)

        async def connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, info: SocketInfo) -> None:
            task = asyncio.current_task()
            assert task is not None
            self._connections.add(task)
            self._writers.add(writer)
            try:
                await imap(reader, writer, info)
            finally:
                self._connections.discard(task)
                self._writers.discard(writer)

        callback = ProxyProtocolReader(ProxyProtocolVersion.get(None)).get_callback(connection)
        self._server = await asyncio.start_server(callback, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        """Stop listening and end every session (clients see the connection drop)."""
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        for writer in list(self._writers):
            writer.close()
        for task in list(self._connections):
            task.cancel()
        await asyncio.gather(*self._connections, return_exceptions=True)
        await server.wait_closed()

    async def add_user(self, address: str, password: str) -> None:
        name = address.lower()
        await self._identity(name).set(UserMetadata(self._config, name, password=password))

    async def deliver(self, envelope_from: str, recipient: str, data: bytes) -> None:
        """Append to the recipient's INBOX (waking IDLE clients); LookupError if no such user.

        ``bot+tag@domain`` goes to ``bot@domain`` (subaddressing, as with Dovecot's
        recipient_delimiter = +). Return-Path and Delivered-To (the full address, tag included)
        are added first, as Dovecot's LMTP does on final delivery.
        """
        trace = f"Return-Path: <{envelope_from}>\r\nDelivered-To: {recipient}\r\n".encode()
        await self.append(mailbox_owner(recipient), trace + data)

    async def append(
        self, user: str, data: bytes, *, mailbox: str = INBOX, flags: frozenset[str] = frozenset()
    ) -> int:
        """Store ``data`` exactly as given; return its UID. INTERNALDATE is ``clock.now()``."""
        identity = self._identity(user.lower())
        try:
            async with identity.new_session() as session:
                box = await session.mailbox_set.get_mailbox(mailbox)
                message = AppendMessage(data, self._clock.now(), frozenset(Flag(f.encode()) for f in flags))
                stored = await box.append(message, recent=True)
        except UserNotFound:
            raise LookupError(f"no mailbox for {user}") from None
        return stored.uid

    async def messages(self, user: str, mailbox: str = INBOX) -> list[bytes]:
        """Every message in ``mailbox``, oldest first, byte for byte, for assertions."""
        found: list[bytes] = []
        async with self._identity(user.lower()).new_session() as session:
            box = await session.mailbox_set.get_mailbox(mailbox)
            async for message in box.messages():
                loaded = await message.load_content(FetchRequirement.CONTENT)
                found.append(bytes(loaded.content))
        return found

    def _identity(self, name: str) -> Identity:
        return Identity(name, self._login, None, frozenset())


def _config(host: str, port: int) -> _SandboxConfig:
    # The attributes pymap reads from its command line, with the CLI's defaults.
    args = Namespace(passlib_cfg=None, proxy_protocol=None, inherited_sockets=None, debug=False)
    return _SandboxConfig(
        args,
        host=host,
        port=port,
        demo_data=False,
        demo_user="",
        demo_password="",
        admin_key=token_bytes(),
        tls_enabled=False,  # allows LOGIN without STARTTLS
        ssl_context=ssl.create_default_context(ssl.Purpose.CLIENT_AUTH),
        hash_context=Cleartext(),
        cpu_subsystem=Subsystem.for_asyncio(),
        invalid_user_sleep=0.0,
        reject_dnsbl=False,
    )
