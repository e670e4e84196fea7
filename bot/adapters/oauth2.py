"""OAuth2 sign-in for the mail adapters: access tokens from a refresh token, and the SASL strings that
carry them (XOAUTH2, and OAUTHBEARER of RFC 7628).

    tokens = AccessTokens(settings.oauth2)
    token = await tokens.token()                  # cached; renewed refresh_margin_s before it expires
    ... the server refused it ...
    token = await tokens.renew(rejected=token)    # once: a new one, unless another login already got it

The token endpoint is spoken to by authlib (``AsyncOAuth2Client``), never by hand. Its answers leave
this module only as:
- ``OAuth2RefreshRefused`` (a CredentialsRefused): the provider refused the refresh token itself
  (``invalid_grant``: consent revoked, the token expired, was revoked or rotated away; ``invalid_client``:
  the client secret changed). Waiting will not help; only a new ``endorsebot oauth2 login`` does, so it
  is a named condition (``oauth2_refresh_failed``) that the daemon alerts on and keeps showing.
- ``TransientError``: the endpoint could not be reached or answered 5xx; try again later.
Neither message ever holds a token or the client secret.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import math
import ssl
import time
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from bot.ports import REFRESH_FAILED, OAuth2NotSignedIn, OAuth2RefreshRefused, TransientError
from bot.settings import OAUTH2_REFRESH_TOKEN_ENV, OAuth2Settings

log = logging.getLogger(__name__)

# RFC 6749 section 5.2 errors that mean "this refresh token (or this client) will never work again".
_REFUSALS = frozenset({"invalid_grant", "invalid_client", "unauthorized_client", "invalid_scope"})


# -- provider presets ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Endpoints:
    provider: str
    token_url: str
    authorization_url: str
    device_authorization_url: str
    scopes: tuple[str, ...]
    login_flow: str  # "device" or "loopback": what `endorsebot oauth2 login` uses by default
    refresh_with_scope: bool
    authorization_params: Mapping[str, str]


@cache
def _presets() -> dict[str, dict[str, Any]]:
    text = resources.files("bot.adapters").joinpath("oauth2_providers.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def endpoints(settings: OAuth2Settings) -> Endpoints:
    """The provider's preset with what [oauth2] sets on top."""
    preset = _presets()[settings.provider]

    def url(key: str) -> str:
        return getattr(settings, key) or str(preset[key]).replace("{tenant}", settings.tenant)

    return Endpoints(
        provider=settings.provider,
        token_url=url("token_url"),
        authorization_url=url("authorization_url"),
        device_authorization_url=url("device_authorization_url"),
        scopes=settings.scopes or tuple(preset["scopes"]),
        login_flow=str(preset["login_flow"]),
        refresh_with_scope=bool(preset["refresh_with_scope"]),
        authorization_params=dict(preset["authorization_params"]),
    )


@cache
def tls_context() -> ssl.SSLContext:
    """The token endpoint's TLS trust, built once: loading the trust store takes about 0.2 s, which every
    refresh (one new client each) would otherwise pay again."""
    import httpx2

    return httpx2.create_ssl_context()


# -- SASL ---------------------------------------------------------------------------------------


def xoauth2(user: str, token: str) -> str:
    """Google's XOAUTH2 initial response, base64 (also what Microsoft 365 takes)."""
    return _b64(f"user={user}\x01auth=Bearer {token}\x01\x01")


def oauthbearer(user: str, token: str, host: str, port: int) -> str:
    """RFC 7628 section 3.1 initial response, base64: a GS2 header naming the user, then key/value pairs."""
    authzid = user.replace("=", "=3D").replace(",", "=2C")  # RFC 5801 saslname
    return _b64(f"n,a={authzid},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01")


def sasl_initial(mechanism: str, user: str, token: str, host: str, port: int) -> str:
    return oauthbearer(user, token, host, port) if mechanism == "oauthbearer" else xoauth2(user, token)


# After a failure the server sends its error as a challenge and waits for one more client message before
# its final "no": RFC 7628 section 3.2.3 says a lone %x01; XOAUTH2 takes an empty one.
FAILURE_ACK = {"oauthbearer": "AQ==", "xoauth2": ""}  # "AQ==" is base64 of %x01


def sasl_error(challenge: bytes | str) -> str:
    """The server's error challenge (base64 JSON such as {"status":"invalid_token"}) in words."""
    raw = challenge.encode() if isinstance(challenge, str) else bytes(challenge)
    try:
        decoded = json.loads(base64.b64decode(raw.strip(), validate=True))
    except (ValueError, TypeError):
        return raw.decode(errors="replace").strip()[:200]
    if isinstance(decoded, dict):
        return ", ".join(f"{k}={v}" for k, v in decoded.items() if k in ("status", "schemes", "scope"))[:200]
    return str(decoded)[:200]


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


# -- access tokens ------------------------------------------------------------------------------


class AccessTokens:
    """One process's access token, shared by the IMAP and SMTP adapters; renewed from the refresh token
    before it expires (``refresh_margin_s``) and when a server refused it. A provider that rotates refresh
    tokens (Microsoft) hands a new one with each renewal: it is used for the next, and written back to
    ``refresh_token_file`` when the operator named one, where each renewal also looks for a newer one first
    (another process renewed, or the daemon restarted with an older environment)."""

    def __init__(self, settings: OAuth2Settings, *, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.endpoints = endpoints(settings)
        self._monotonic = monotonic
        self._refresh_token = settings.refresh_token.value
        self._access: str | None = None
        self._expires_at = 0.0  # monotonic seconds; inf when the provider did not say
        self._lock: asyncio.Lock | None = None
        # What the daemon, check-config and the digest show.
        self.refreshes = 0
        self.refused: OAuth2RefreshRefused | None = None
        self._refused_at = 0.0  # monotonic
        self.store_problem: str | None = None  # why the last rotated refresh token could not be saved

    async def token(self) -> str:
        """A current access token: the cached one while it has more than ``refresh_margin_s`` left."""
        async with self._locked():
            if self._access is None or self._monotonic() >= self._expires_at - self.settings.refresh_margin_s:
                await self._refresh()
            assert self._access is not None
            return self._access

    async def renew(self, rejected: str) -> str:
        """After a server refused ``rejected``: a new token, unless another login renewed it meanwhile."""
        async with self._locked():
            if self._access is None or self._access == rejected:
                await self._refresh()
            assert self._access is not None
            return self._access

    def forget(self) -> None:
        """Drop the cached access token (tests; a provider that says it was revoked)."""
        self._access = None

    def _locked(self) -> asyncio.Lock:
        # Created on first use, inside the running loop that uses it.
        if self._lock is None:
            self._lock = asyncio.Lock()
        return self._lock

    async def _refresh(self) -> None:
        from authlib.integrations.httpx_client import AsyncOAuth2Client, OAuthError

        provider = self.settings.provider
        if not self._refresh_token:
            self.refused = OAuth2NotSignedIn(provider)
            raise self.refused
        if self.refused is not None and self._monotonic() - self._refused_at < self.settings.refused_retry_s:
            raise self.refused
        await self._read_stored()
        e = self.endpoints
        extra = {"scope": " ".join(e.scopes)} if e.refresh_with_scope and e.scopes else {}
        secret = self.settings.client_secret.value or None
        started = self._monotonic()
        try:
            async with AsyncOAuth2Client(client_id=self.settings.client_id, client_secret=secret,
                                         timeout=self.settings.timeout_s, verify=tls_context()) as client:
                answer = await client.refresh_token(e.token_url, refresh_token=self._refresh_token, **extra)
        except OAuthError as exc:
            error = str(exc.error or "error")
            if error in _REFUSALS:
                self.refused = OAuth2RefreshRefused(provider, error, str(exc.description or ""))
                self._refused_at = self._monotonic()
                self._access = None
                log.error("OAuth2 refresh refused", extra={"condition": REFRESH_FAILED, "error": error,
                                                           "provider": provider})
                raise self.refused from None
            raise TransientError(f"OAuth2 token endpoint answered {error}: "
                                 f"{_one_line(str(exc.description or ''))}") from None
        except Exception as exc:  # httpx2 errors, a 5xx, a body that is no JSON: all worth another try later
            raise TransientError(f"OAuth2 token endpoint {e.token_url}: {type(exc).__name__}: "
                                 f"{_one_line(str(exc))}") from None
        access = answer.get("access_token")
        if not isinstance(access, str) or not access:
            raise TransientError(f"OAuth2 token endpoint {e.token_url} answered without an access_token")
        self._access = access
        self._expires_at = started + _lifetime_s(answer.get("expires_in"))
        rotated = answer.get("refresh_token")
        if isinstance(rotated, str) and rotated and rotated != self._refresh_token:
            self._refresh_token = rotated
            await self._store(rotated)
        self.refreshes += 1
        if self.refused is not None:
            log.info("OAuth2 refresh works again", extra={"provider": provider})
        self.refused = None
        log.info("OAuth2 access token renewed", extra={"provider": provider, "expires_in_s": answer.get("expires_in")})

    async def _read_stored(self) -> None:
        """The refresh token the operator's file holds now, when one is configured and holds it: the newest
        (``oauth2 login`` or a renewal by any process wrote it)."""
        path = self.settings.refresh_token_file
        if not path:
            return
        from bot.host.private_files import read_env_value

        try:
            stored = await asyncio.to_thread(read_env_value, Path(path), OAUTH2_REFRESH_TOKEN_ENV)
        except (OSError, UnicodeDecodeError) as exc:  # the environment's (or the last rotated) token still serves
            log.warning("OAuth2: cannot read the refresh token file", extra={
                "file": path, "error": getattr(exc, "strerror", None) or type(exc).__name__})
            return
        if stored:
            self._refresh_token = stored

    async def _store(self, refresh_token: str) -> None:
        """Keep a rotated refresh token where the operator keeps it, so a restart does not start from one the
        provider may have retired. Never logged; a failure to write is (the token still serves this process)."""
        path = self.settings.refresh_token_file
        if not path:
            return
        from bot.host.private_files import write_env_line

        problem = await asyncio.to_thread(write_env_line, Path(path), OAUTH2_REFRESH_TOKEN_ENV, refresh_token)
        if problem:
            self.store_problem = problem
            log.error("OAuth2: the rotated refresh token could not be saved; it serves until a restart",
                      extra={"file": path, "error": problem, "provider": self.settings.provider})
        else:
            self.store_problem = None
            log.info("OAuth2: rotated refresh token saved", extra={"file": path, "provider": self.settings.provider})


def _lifetime_s(expires_in: object) -> float:
    """Seconds from the token answer; a provider that does not say is trusted until a server refuses it."""
    try:
        seconds = float(expires_in)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.inf
    return seconds if math.isfinite(seconds) and seconds > 0 else math.inf


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]
