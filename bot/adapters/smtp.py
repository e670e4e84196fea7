"""SmtpSender: bot.ports.MailSender over aiosmtplib, one connection per batch.

    async with SmtpSender(settings.smtp) as sender:
        await sender.send(OutgoingEmail(...))

The transaction is driven step by step (MAIL, RCPT per recipient, DATA) instead of with
aiosmtplib's ``sendmail`` because ``sendmail`` quietly delivers to the accepted subset when some
recipients are refused; the outbox needs "accepted for every recipient, or an error".
Library errors leave this module only as TransientError or PermanentError.

With ``[smtp] auth = "oauth2"`` the login is ``AUTH XOAUTH2`` (aiosmtplib's) or ``AUTH OAUTHBEARER``
(RFC 7628) with an access token from bot.adapters.oauth2; a refused token is renewed and tried once more.
"""

from __future__ import annotations

import logging
import ssl
from types import TracebackType

import aiosmtplib

from bot.adapters.oauth2 import FAILURE_ACK, AccessTokens, oauthbearer
from bot.ports import CredentialsRefused, InDoubtError, OutgoingEmail, PermanentError, TransientError
from bot.settings import SmtpSettings

log = logging.getLogger(__name__)


class SmtpSender:
    """Sends a batch over one SMTP connection, reconnecting if the server dropped it while idle."""

    def __init__(
        self,
        settings: SmtpSettings,
        *,
        local_hostname: str | None = None,
        tls_context: ssl.SSLContext | None = None,
        tokens: AccessTokens | None = None,
    ) -> None:
        """``local_hostname`` is the EHLO name (default: this host's FQDN); ``tls_context`` replaces
        the system trust store, e.g. to trust a test server's self-signed certificate; ``tokens`` signs
        in with OAuth2 (required when ``settings.auth`` is "oauth2")."""
        if settings.auth == "oauth2" and tokens is None:
            raise ValueError("[smtp] auth is oauth2 but no AccessTokens were given")
        self._tokens = tokens
        self._settings = settings
        self._local_hostname = local_hostname
        self._tls_context = tls_context
        self._client: aiosmtplib.SMTP | None = None

    async def __aenter__(self) -> SmtpSender:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is not None and not isinstance(exc, Exception):
            # Cancelled (shutdown or kill): drop the socket; a polite QUIT could wait out the timeout.
            self._discard()
            return
        await self.close()

    async def send(self, email: OutgoingEmail) -> None:
        """Return only once the server accepted ``email`` for every recipient."""
        if not email.recipients:
            raise PermanentError(f"{email.message_id}: no recipients")
        try:
            client = await self._begin(email)
            for recipient in email.recipients:
                await client.rcpt(recipient, encoding=_encoding(email))
        except (aiosmtplib.SMTPException, OSError, TimeoutError, ValueError) as exc:
            await self._reset()
            raise translate(exc) from exc
        try:
            await client.data(email.data)
        except (aiosmtplib.SMTPResponseException, ValueError) as exc:  # answered, or never sent: not taken
            await self._reset()
            raise translate(exc) from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            # Lost without an answer once the data was on its way: the server may have accepted it.
            self._discard()
            raise InDoubtError(f"SMTP connection during DATA: {type(exc).__name__}: {exc}") from exc

    async def check(self) -> None:
        """Connect, EHLO, STARTTLS/TLS as configured and log in, without sending anything
        (`endorsebot check-config`). Raises TransientError or PermanentError like send()."""
        try:
            await self._connected()
        except (aiosmtplib.SMTPException, OSError, TimeoutError, ValueError) as exc:
            raise translate(exc) from exc

    async def close(self) -> None:
        """Say QUIT politely; a server that is already gone is no error."""
        client, self._client = self._client, None
        if client is None or not client.is_connected:
            return
        try:
            await client.quit()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            client.close()

    async def _begin(self, email: OutgoingEmail) -> aiosmtplib.SMTP:
        """MAIL FROM on the batch connection. If the server dropped an idle connection (closed it,
        or said 421 on timing out) nothing of this message was sent yet, so one new connection is
        safe and invisible to the caller."""
        client = await self._connected()
        try:
            await client.mail(email.envelope_from, options=_mail_options(client, email), encoding=_encoding(email))
            return client
        except (aiosmtplib.SMTPServerDisconnected, ConnectionError) as exc:
            log.info("SMTP connection was dropped (%s); reconnecting", exc)
        except aiosmtplib.SMTPResponseException as exc:
            if exc.code != 421:
                raise
            log.info("SMTP server closed the idle connection (421); reconnecting")
        self._discard()
        client = await self._connected()
        await client.mail(email.envelope_from, options=_mail_options(client, email), encoding=_encoding(email))
        return client

    async def _connected(self) -> aiosmtplib.SMTP:
        if self._client is not None and self._client.is_connected:
            return self._client
        self._discard()
        client = self._new_client()
        try:
            await client.connect()
            if self._settings.auth == "oauth2":
                await self._login_oauth2(client)
            elif self._settings.username:
                await client.login(self._settings.username, self._settings.password.value)
        except BaseException:
            client.close()
            raise
        self._client = client
        return client

    async def _login_oauth2(self, client: aiosmtplib.SMTP) -> None:
        """AUTH with the current access token; if refused, once more with a renewed one."""
        assert self._tokens is not None
        mechanism = self._tokens.settings.mechanism
        if client.is_ehlo_or_helo_needed:  # connect() greets only when it upgrades with STARTTLS
            await client.ehlo()
        if mechanism not in client.server_auth_methods:
            raise aiosmtplib.SMTPException(f"server does not offer AUTH {mechanism.upper()} ([oauth2] mechanism)")
        token = await self._tokens.token()
        try:
            await self._authenticate(client, mechanism, token)
            return
        except aiosmtplib.SMTPAuthenticationError as exc:
            log.info("SMTP refused the OAuth2 access token (%s %s); renewing it once", exc.code, exc.message)
        token = await self._tokens.renew(rejected=token)
        try:
            await self._authenticate(client, mechanism, token)
        except aiosmtplib.SMTPAuthenticationError as exc:
            raise CredentialsRefused(
                f"SMTP refused a newly issued OAuth2 access token for {self._settings.username}: {exc.code} "
                f"{exc.message} (the app's scopes, or SMTP AUTH for this mailbox, may be missing)") from None

    async def _authenticate(self, client: aiosmtplib.SMTP, mechanism: str, token: str) -> None:
        user = self._settings.username
        if mechanism == "xoauth2":
            await client.auth_xoauth2(user, token)
            return
        initial = oauthbearer(user, token, self._settings.host, self._settings.port)
        response = await client.execute_command(b"AUTH", b"OAUTHBEARER", initial.encode("ascii"))
        if response.code == 334:  # the error challenge (RFC 7628 section 3.2.3): acknowledge, then the final no
            response = await client.execute_command(FAILURE_ACK[mechanism].encode("ascii"))
        if response.code != 235:
            raise aiosmtplib.SMTPAuthenticationError(response.code, response.message)

    def _new_client(self) -> aiosmtplib.SMTP:
        security = self._settings.security
        return aiosmtplib.SMTP(
            hostname=self._settings.host,
            port=self._settings.port,
            local_hostname=self._local_hostname,
            timeout=self._settings.timeout_s,
            use_tls=security == "tls",
            # False, not None: with "none" aiosmtplib would otherwise upgrade whenever offered.
            start_tls=security == "starttls",
            tls_context=self._tls_context,
        )

    async def _reset(self) -> None:
        """Abandon a failed transaction so the connection can carry the next message."""
        client = self._client
        if client is None or not client.is_connected:
            self._discard()
            return
        try:
            await client.rset()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            self._discard()

    def _discard(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.close()


def translate(exc: BaseException) -> TransientError | PermanentError:
    """Map an aiosmtplib/socket error to "try later" or "give up", keeping the SMTP code and text."""
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError) or (
            isinstance(exc, aiosmtplib.SMTPResponseException) and exc.code == 530):
        # 535: our credentials were refused; 530: the server wants a login we did not give (RFC 4954).
        return CredentialsRefused(f"SMTP login refused: {exc.code} {exc.message}")
    if isinstance(exc, aiosmtplib.SMTPRecipientRefused):
        return _by_code(exc.code, f"SMTP {exc.code} {exc.message} (recipient {exc.recipient})")
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return _by_code(exc.code, f"SMTP {exc.code} {exc.message}")
    # aiosmtplib raises the bare base class (or SMTPNotSupported) when the server lacks something
    # we need (AUTH, STARTTLS, SMTPUTF8); like a malformed address, that fails the same way again.
    if type(exc) is aiosmtplib.SMTPException or isinstance(exc, aiosmtplib.SMTPNotSupported | ValueError):
        return PermanentError(f"SMTP: {exc}")
    # Connection refused or dropped, timeouts, TLS handshake problems.
    return TransientError(f"SMTP connection: {type(exc).__name__}: {exc}")


def _by_code(code: int, text: str) -> TransientError | PermanentError:
    # RFC 5321 section 4.2.1: 4yz is a transient negative reply, 5yz a permanent one.
    return PermanentError(text) if code >= 500 else TransientError(text)


def _encoding(email: OutgoingEmail) -> str:
    addresses = (email.envelope_from, *email.recipients)
    return "ascii" if all(address.isascii() for address in addresses) else "utf-8"


def _mail_options(client: aiosmtplib.SMTP, email: OutgoingEmail) -> list[str]:
    options: list[str] = []
    if client.supports_extension("size"):
        # RFC 1870: lets the server refuse an oversized message before we transmit it.
        options.append(f"SIZE={len(email.data)}")
    if _encoding(email) == "utf-8":
        if not client.supports_extension("smtputf8"):
            raise aiosmtplib.SMTPNotSupported("server does not offer SMTPUTF8 for a non-ASCII address")
        options.append("SMTPUTF8")
    if not email.data.isascii() and client.supports_extension("8bitmime"):
        options.append("BODY=8BITMIME")
    return options
