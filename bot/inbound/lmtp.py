"""LMTP ingress ([ingress] mode = "lmtp"): the operator's MTA hands each message to the bot directly.

    ingress = LmtpIngress(sink, settings.ingress, bot_address=..., clock=clock, progress=progress)
    await ingress.run(stop_event)

The same inbound pipeline as the IMAP watcher runs on every message (``sink.handle``, the
InboundProcessor), and the MTA's queue takes the mailbox's place in "never lose a message" (RFC 2033,
the way GNU Mailman 3 receives mail):
- a recipient gets 250 only once the message and its outcome are committed; while they cannot be
  (database locked or unreachable, the daemon stopping) every recipient gets a 4xx and the MTA keeps
  the message queued and tries again. A connection lost before our answer (a kill) is a 4xx to the MTA.
- a message delivered again (the MTA never saw a 250 we sent) is the same message: its identity
  (mailbox "lmtp", UIDVALIDITY and UID) is derived from its bytes, so the processor finds it stored
  and does nothing; a copy with other bytes is caught by the pipeline's Message-ID check.
- receipt time ("on time") is when the MTA took the message (``[ingress] receipt_time = "mta"``, timestamp
  source "mta_received"): the date of the Received header on top, which the MTA that hands it to us wrote
  last (RFC 5321 section 4.4: each MTA prepends its own; what the sender wrote is below it), as IMAP mode
  counts from the date Dovecot stored it. It is trusted only between MTA_HOLD_MAX before the message
  reached the bot and that moment; otherwise, or with receipt_time "arrival", it is when the message
  reached the bot by the bot's clock ("lmtp_arrival"). A message we answered 4xx keeps its first arrival
  when the MTA brings it again (while this process lives).
- the bot is the final delivery agent, so it adds what Dovecot's LMTP adds: ``Return-Path`` from the
  envelope sender (RFC 5321 section 4.4: bounces are told by its null path) and ``Delivered-To`` per
  recipient (signed reply and admin addresses are found there).

"How far has the bot read?" (``InboxProgress``, which the outbox's in-doubt decisions and expiry wait
for) becomes: every delivery that began before a catch-up has been committed or refused. A catch-up
also runs ``[ingress] flush_command`` (e.g. ``postqueue -f``) at start-up and when asked, so mail the
MTA deferred while the daemon was down (a reply, or the bot's own copy of an email left in doubt) comes
now instead of at the MTA's next retry.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import shlex
import weakref
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, Protocol

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import Envelope, Session

from bot.clock import Clock
from bot.inbound.watcher import InboxProgress
from bot.outbound import addresses
from bot.ports import FetchedMessage
from bot.settings import IngressSettings

log = logging.getLogger("endorsebot.lmtp")

# The "mailbox" LMTP messages are stored under; UIDVALIDITY and UID are 31 bits each of their SHA-256.
MAILBOX = "lmtp"
# A flush command is run at most this often: it asks the MTA to retry its whole deferred queue.
FLUSH_MIN_INTERVAL_S = 5.0
FLUSH_TIMEOUT_S = 30.0
# Seconds a delivery under way may take to commit once the daemon is asked to stop; then it is cut off
# (the MTA sees no answer, keeps the message and delivers it again after the restart).
STOP_GRACE_S = 10.0
# Larger messages are copied and hashed in a worker thread, so other deliveries and the outbox go on meanwhile.
INLINE_BYTES = 256 * 1024
# Messages answered 4xx whose first arrival is remembered (a few hundred bytes each).
DEFERRED_REMEMBERED = 10_000

# How long before its arrival an MTA's Received date is believed: Postfix returns a message it could not deliver
# after maximal_queue_lifetime (5 days), so an older date is no queue time of a message still being delivered.
MTA_HOLD_MAX = timedelta(days=5)
# The top header is read from at most this many bytes (a Received header is a few hundred).
RECEIVED_MAX_BYTES = 4096

TEMPORARY_FAILURE = "451 4.3.0 Not committed, try again later"
SHUTTING_DOWN = "451 4.3.2 Shutting down, try again later"


class Sink(Protocol):
    async def handle(self, message: FetchedMessage, *, defer_database_errors: bool = False) -> Any:
        """Process one message and commit its outcome; raise if nothing was committed."""
        ...


def identity(raw: bytes) -> tuple[int, int]:
    """(UIDVALIDITY, UID) of a message from its bytes: the same bytes delivered again are the same row.
    31 bits each, so they fit the 32-bit signed columns; 62 bits together make a collision between two
    different messages as likely as one in 2**31 messages."""
    digest = hashlib.sha256(raw).digest()
    return int.from_bytes(digest[:4], "big") >> 1, int.from_bytes(digest[4:8], "big") >> 1


def as_delivered(envelope: Envelope) -> bytes:
    """The message as the bot's mailbox would hold it: Return-Path and Delivered-To added on top."""
    content = envelope.original_content or b""
    sender = (envelope.mail_from or "").removeprefix("<").removesuffix(">")  # aiosmtpd keeps "<>" as is
    lines = [b"Return-Path: <" + _header_safe(sender) + b">\r\n"]
    lines += [b"Delivered-To: " + _header_safe(rcpt) + b"\r\n" for rcpt in envelope.rcpt_tos]
    return b"".join(lines) + content


def mta_received_at(content: bytes) -> datetime | None:
    """The date of the message's top header when it is a Received header: when the MTA handing it to us took
    it. None when the top header is something else or its date cannot be read."""
    head = content[:RECEIVED_MAX_BYTES]
    if head[:9].lower() != b"received:":
        return None
    lines = head.split(b"\n")
    field = [lines[0]]
    for line in lines[1:]:
        if line[:1] not in (b" ", b"\t"):
            break
        field.append(line)
    else:
        return None  # cut off by the byte limit: no whole header to trust
    value = b" ".join(part.strip() for part in field).decode("ascii", errors="replace")
    if ";" not in value:
        return None
    date = _without_comments(value.rsplit(";", 1)[1]).strip()
    try:
        when = parsedate_to_datetime(date)
    except (TypeError, ValueError, IndexError):
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _without_comments(text: str) -> str:
    # "Wed,  2 Dec 2026 05:11:31 +0000 (UTC)": the zone's name in parentheses is a comment (RFC 5322 CFWS).
    out, depth = [], 0
    for char in text:
        depth += char == "("
        if depth == 0:
            out.append(char)
        depth -= char == ")" and depth > 0
    return "".join(out)


def _prepared(envelope: Envelope) -> tuple[bytes, tuple[int, int]]:
    raw = as_delivered(envelope)
    return raw, identity(raw)


def _header_safe(address: str) -> bytes:
    # An envelope address is one line of at most a few hundred bytes (aiosmtpd limits the command);
    # SMTPUTF8 addresses are kept as UTF-8 like Dovecot does.
    return address.replace("\r", "").replace("\n", "").encode("utf-8", "surrogateescape")


class _LmtpServer(LMTP):
    # aiosmtpd refuses DATA lines over 1,000 octets ("500 Line too long"); a mail server hands us what it
    # accepted, long lines and all (Postfix wraps at 998, other MTAs need not). The message size limit
    # bounds memory instead. The stream limit is set from this class attribute when a connection starts.
    line_length_limit = 64 * 1024 * 1024


class _Handler:
    """aiosmtpd's hooks: which recipients we take, and the answer to DATA (one line per recipient)."""

    def __init__(self, ingress: LmtpIngress) -> None:
        self.ingress = ingress

    async def handle_RCPT(self, server: LMTP, session: Session, envelope: Envelope, address: str,
                          rcpt_options: list[str]) -> str:
        if not addresses.is_bot_address(address, self.ingress.bot_address):
            # The MTA's transport sends us more than the bot's addresses: say so (the sender is told)
            # rather than take mail nobody reads.
            return f"550 5.1.1 <{address}>: not an address of this bot"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: LMTP, session: Session, envelope: Envelope) -> str:
        return "\r\n".join(await self.ingress.deliver(envelope))


class LmtpIngress:
    def __init__(self, sink: Sink, settings: IngressSettings, *, bot_address: str, clock: Clock,
                 progress: InboxProgress | None = None, logger: logging.Logger | None = None) -> None:
        self._sink = sink
        self._settings = settings
        self.bot_address = bot_address
        self._clock = clock
        self.progress = progress or InboxProgress()
        self._log = logger or log
        self._stopping = False
        # Deliveries under way, by number: a catch-up waits for those begun before it.
        self._begun = 0
        self._running: dict[int, asyncio.Future[None]] = {}
        # One message at a time, as the IMAP watcher does: concurrent writers only contend for the database.
        self._one_at_a_time = asyncio.Lock()
        self._connections: weakref.WeakSet[LMTP] = weakref.WeakSet()
        self._last_flush: float | None = None
        # First arrival of each message answered 4xx, oldest first, by identity.
        self._deferred_at: dict[tuple[int, int], datetime] = {}
        self.listening = asyncio.Event()  # set once the listener is bound
        self.delivered = 0  # messages committed (250), for tests and metrics
        self.deferred = 0  # messages answered 4xx

    # ---- one message -----------------------------------------------------------------------------

    async def deliver(self, envelope: Envelope) -> list[str]:
        """Commit one message; one reply line per recipient (RFC 2033 section 4.2)."""
        arrived = self._clock.now()  # the moment the MTA finished handing it over
        recipients = list(envelope.rcpt_tos)
        if self._stopping:
            self.deferred += 1
            return [SHUTTING_DOWN] * len(recipients)
        if len(envelope.original_content or b"") > INLINE_BYTES:  # copying and hashing megabytes: off the loop
            raw, key = await asyncio.to_thread(_prepared, envelope)
        else:
            raw, key = _prepared(envelope)
        uidvalidity, uid = key
        # A message we answered 4xx counts from its first arrival when it comes again (the MTA retried
        # because of us); remembered by this process only, so a restart forgets it.
        arrived = self._deferred_at.setdefault(key, arrived)
        received_at, source = self._receipt(envelope.original_content or b"", arrived)
        message = FetchedMessage(MAILBOX, uidvalidity, uid, received_at, raw, timestamp_source=source)
        self._log.info("LMTP message received", extra={"bytes": len(raw), "recipients": len(recipients),
                                                        "uid": uid})
        self._begun += 1
        number, done = self._begun, asyncio.get_running_loop().create_future()
        self._running[number] = done
        try:
            async with self._one_at_a_time:
                await self._sink.handle(message, defer_database_errors=True)
        except Exception as exc:  # nothing committed: the MTA keeps the message and retries
            self.deferred += 1
            self._log.warning("LMTP delivery not committed; the MTA will retry",
                              extra={"error": f"{type(exc).__name__}: {str(exc)[:200]}", "bytes": len(raw)})
            if len(self._deferred_at) > DEFERRED_REMEMBERED:
                self._deferred_at.pop(next(iter(self._deferred_at)))
            return [TEMPORARY_FAILURE] * len(recipients)
        finally:
            del self._running[number]
            done.set_result(None)
        self._deferred_at.pop(key, None)
        self.delivered += 1
        return [f"250 2.0.0 <{rcpt}> committed" for rcpt in recipients]

    def _receipt(self, content: bytes, arrived: datetime) -> tuple[datetime, str]:
        """When the message counts as received, and which timestamp says so."""
        if self._settings.receipt_time == "mta":
            taken = mta_received_at(content)
            if taken is not None and arrived - MTA_HOLD_MAX <= taken <= arrived:
                return taken, "mta_received"
        return arrived, "lmtp_arrival"

    # ---- the listener ----------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Listen until ``stop`` is set; raises OSError if the address cannot be bound."""
        server = await self._listen()
        self.listening.set()
        catch_ups = asyncio.create_task(self._catch_ups(stop), name="lmtp-progress")
        try:
            await stop.wait()
            await self._stop_gracefully(server)
        finally:
            # Also the path of a cancellation (a kill, as far as this code can tell): cut every
            # connection at once, so the MTA keeps what it has not been answered 250 for.
            self._stopping = True
            server.close()
            for connection in list(self._connections):
                if isinstance(connection.transport, asyncio.Transport):
                    connection.transport.abort()
            catch_ups.cancel()
            await asyncio.gather(catch_ups, return_exceptions=True)
            self._remove_socket()
            self._log.info("LMTP listener stopped")

    async def _listen(self) -> asyncio.Server:
        loop = asyncio.get_running_loop()
        settings = self._settings
        handler = _Handler(self)

        def factory() -> LMTP:
            connection = _LmtpServer(handler, data_size_limit=settings.max_message_bytes, enable_SMTPUTF8=True,
                                     hostname="endorsebot", ident="endorsebot LMTP", loop=loop)
            self._connections.add(connection)
            return connection

        address = settings.listen_address()
        if isinstance(address, str):
            self._remove_socket()  # a socket file left by a killed daemon would make the bind fail
            server = await loop.create_unix_server(factory, address)
            os.chmod(address, int(settings.socket_mode, 8))
        else:
            server = await loop.create_server(factory, *address)
        self._log.info("LMTP: listening", extra={"listen": settings.listen})
        return server

    def _remove_socket(self) -> None:
        address = self._settings.listen_address()
        if isinstance(address, str):
            with contextlib.suppress(FileNotFoundError):
                if os.path.exists(address) and not os.path.isdir(address):
                    import stat

                    if stat.S_ISSOCK(os.stat(address).st_mode):
                        os.unlink(address)

    async def _stop_gracefully(self, server: asyncio.Server) -> None:
        """No new connections; new messages get 421; the ones being committed may finish."""
        self._stopping = True
        server.close()
        running = list(self._running.values())
        if running:
            await asyncio.wait(running, timeout=STOP_GRACE_S)

    # ---- progress: what "the mailbox has been read" means here ----------------------------------

    async def _catch_ups(self, stop: asyncio.Event) -> None:
        """Answer InboxProgress.sync(): a catch-up is complete once every delivery begun before it has
        been committed or refused. The first one runs at once (and flushes the MTA's queue)."""
        while not stop.is_set():
            begun, started_at = self.progress.begin(), self._clock.now()
            await self._flush_mta()
            waiting = [done for number, done in self._running.items() if number <= self._begun]
            if waiting:
                await asyncio.wait(waiting)
            self.progress.complete(begun, started_at)
            await self.progress.wake.wait()

    async def _flush_mta(self) -> None:
        command = self._settings.flush_command.strip()
        now = asyncio.get_running_loop().time()
        if not command or (self._last_flush is not None and now - self._last_flush < FLUSH_MIN_INTERVAL_S):
            return
        self._last_flush = now
        try:
            process = await asyncio.create_subprocess_exec(
                *shlex.split(command), stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
            try:
                _, err = await asyncio.wait_for(process.communicate(), FLUSH_TIMEOUT_S)
            except TimeoutError:
                process.kill()
                raise
        except (OSError, TimeoutError) as exc:
            self._log.warning("LMTP: flush command failed", extra={"command": command, "error": str(exc)[:200]})
            return
        if process.returncode != 0:
            self._log.warning("LMTP: flush command failed", extra={
                "command": command, "exit_status": process.returncode, "error": err.decode(errors="replace")[:200]})
