"""Getting a refresh token once, for `endorsebot oauth2 login`: the two flows a mail provider allows a
program on a server.

- Device authorization (RFC 8628), Microsoft's way for a machine without a browser: the operator opens a
  short URL anywhere and types a code; we poll the token endpoint until they have consented.
- Loopback redirect with PKCE (RFC 8252, RFC 7636), Google's way (its mail scope is refused to the device
  flow): the operator opens a long URL in a browser on this machine (or one with an SSH tunnel to it) and
  the provider sends the browser back to http://127.0.0.1:PORT/ with a code, which we trade for tokens.

authlib speaks to the provider (``AsyncOAuth2Client``); the one thing we serve ourselves is the loopback
page the browser lands on, a stdlib http.server in a thread that takes one request. Failures leave as
LoginFailed with the provider's error code and words, never a token.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import secrets
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bot.adapters.oauth2 import Endpoints, tls_context
from bot.settings import OAuth2Settings

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
# RFC 8628 section 3.5: poll every 5 s unless the provider says otherwise; "slow_down" adds 5 s.
DEFAULT_INTERVAL_S = 5.0
SLOW_DOWN_S = 5.0


class LoginFailed(Exception):
    """The sign-in did not give a refresh token; the message says why (the provider's own words)."""


@dataclass(frozen=True, slots=True)
class Tokens:
    refresh_token: str = ""
    access_token: str = ""
    scope: str = ""

    def __repr__(self) -> str:  # never the tokens themselves
        return f"Tokens(scope={self.scope!r})"


def _client(settings: OAuth2Settings, **kwargs: Any) -> Any:
    from authlib.integrations.httpx_client import AsyncOAuth2Client

    return AsyncOAuth2Client(client_id=settings.client_id, client_secret=settings.client_secret.value or None,
                             timeout=settings.timeout_s, verify=tls_context(), **kwargs)


def _tokens(answer: dict[str, Any]) -> Tokens:
    refresh = answer.get("refresh_token")
    if not isinstance(refresh, str) or not refresh:
        raise LoginFailed("the provider signed you in but gave no refresh token: the app needs offline access "
                          "(Microsoft: the offline_access scope; Google: access_type=offline)")
    return Tokens(refresh, str(answer.get("access_token", "")), str(answer.get("scope", "")))


# -- device authorization (RFC 8628) -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DevicePrompt:
    verification_uri: str
    user_code: str
    expires_in_s: float
    message: str  # the provider's own sentence, when it gives one
    verification_uri_complete: str = ""


async def device_login(settings: OAuth2Settings, endpoints: Endpoints, show: Callable[[DevicePrompt], None], *,
                       sleep: Callable[[float], Any] = asyncio.sleep, max_wait_s: float | None = None) -> Tokens:
    """Ask for a device code, ``show`` the operator where to enter it, poll until they consent."""
    from authlib.integrations.httpx_client import OAuthError

    if not endpoints.device_authorization_url:
        raise LoginFailed(f"provider {endpoints.provider} has no device authorization endpoint: use --flow loopback")
    loop = asyncio.get_running_loop()
    async with _client(settings) as client:
        try:
            response = await client.request("POST", endpoints.device_authorization_url, withhold_token=True,
                                            data={"client_id": settings.client_id,
                                                  "scope": " ".join(endpoints.scopes)})
            body = response.json()
        except Exception as exc:
            raise LoginFailed(f"device authorization request to {endpoints.device_authorization_url} failed: "
                              f"{type(exc).__name__}: {exc}") from None
        if not isinstance(body, dict) or "device_code" not in body:
            error = body.get("error_description") or body.get("error") if isinstance(body, dict) else body
            raise LoginFailed(f"the provider refused the device authorization request: {error}")
        expires_in = float(body.get("expires_in") or 900)
        interval = float(body.get("interval") or DEFAULT_INTERVAL_S)
        show(DevicePrompt(str(body.get("verification_uri") or body.get("verification_url", "")), str(body["user_code"]),
                          expires_in, str(body.get("message", "")), str(body.get("verification_uri_complete", ""))))
        deadline = loop.time() + min(expires_in, max_wait_s if max_wait_s is not None else expires_in)
        while loop.time() < deadline:
            try:
                answer = await client.fetch_token(endpoints.token_url, grant_type=DEVICE_GRANT,
                                                  device_code=body["device_code"])
            except OAuthError as exc:
                if exc.error == "authorization_pending":
                    await sleep(interval)
                    continue
                if exc.error == "slow_down":
                    interval += SLOW_DOWN_S
                    await sleep(interval)
                    continue
                raise LoginFailed(_refusal("the sign-in", exc)) from None
            except Exception as exc:
                raise LoginFailed(f"token endpoint {endpoints.token_url}: {type(exc).__name__}: {exc}") from None
            return _tokens(dict(answer))
    raise LoginFailed("the code expired before anyone signed in; run the command again")


# -- loopback redirect with PKCE (RFC 8252, RFC 7636) ------------------------------------------


class _Landing(BaseHTTPRequestHandler):
    """The page the browser lands on: takes the query of the first request to the redirect path."""

    result: dict[str, str]
    arrived: Callable[[], None]
    path_expected: str = "/"

    def log_message(self, format: str, *args: object) -> None:  # the operator sees our own lines instead
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != self.path_expected or self.result:
            self.send_error(404)
            return
        self.result.update({k: v[0] for k, v in parse_qs(parts.query).items()})
        ok = "code" in self.result
        text = ("endorsebot is signed in; you can close this window." if ok else
                f"Sign-in failed: {self.result.get('error_description') or self.result.get('error', 'no code')}")
        page = f"<!doctype html><meta charset=utf-8><title>endorsebot</title><p>{html.escape(text)}</p>".encode()
        self.send_response(200 if ok else 400)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)
        self.arrived()


@contextlib.contextmanager
def _landing_server(port: int, arrived: Callable[[], None]) -> Iterator[tuple[int, dict[str, str]]]:
    result: dict[str, str] = {}
    handler = type("Landing", (_Landing,), {"result": result, "arrived": staticmethod(arrived)})
    try:
        server = HTTPServer(("127.0.0.1", port), handler)
    except OSError as exc:
        raise LoginFailed(f"cannot listen on 127.0.0.1:{port} for the browser's return: "
                          f"{exc.strerror or exc}") from None
    thread = threading.Thread(target=server.serve_forever, name="oauth2-landing", daemon=True)
    thread.start()
    try:
        yield server.server_address[1], result
    finally:
        server.shutdown()
        server.server_close()


async def loopback_login(settings: OAuth2Settings, endpoints: Endpoints, show: Callable[[str], None], *,
                         port: int = 0, host_name: str = "127.0.0.1", max_wait_s: float = 600.0) -> Tokens:
    """``show`` the operator an authorization URL; wait for the browser to come back to the loopback
    address with a code; trade it (with the PKCE verifier) for tokens."""
    from authlib.integrations.httpx_client import OAuthError

    if not endpoints.authorization_url:
        raise LoginFailed(f"provider {endpoints.provider} has no authorization endpoint: use --flow device")
    loop = asyncio.get_running_loop()
    came_back = asyncio.Event()

    def arrived() -> None:  # on the landing server's thread
        loop.call_soon_threadsafe(came_back.set)

    with _landing_server(port, arrived) as (bound, result):
        # Microsoft registers "http://localhost" for desktop apps, Google the loopback IP; any port goes.
        redirect_uri = f"http://{host_name}:{bound}/"
        verifier = secrets.token_urlsafe(64)
        async with _client(settings, code_challenge_method="S256", redirect_uri=redirect_uri) as client:
            url, state = client.create_authorization_url(
                endpoints.authorization_url, code_verifier=verifier, scope=" ".join(endpoints.scopes),
                **endpoints.authorization_params)
            show(url)
            try:
                await asyncio.wait_for(came_back.wait(), max_wait_s)
            except TimeoutError:
                raise LoginFailed(f"no browser came back to {redirect_uri} within {max_wait_s:g} s") from None
            if result.get("state") != state:
                raise LoginFailed("the browser came back with another sign-in's state; run the command again")
            if "code" not in result:
                raise LoginFailed(f"the sign-in was refused: {result.get('error', 'no code')}"
                                  + (f" ({result['error_description']})" if result.get("error_description") else ""))
            try:
                answer = await client.fetch_token(endpoints.token_url, grant_type="authorization_code",
                                                  code=result["code"], code_verifier=verifier,
                                                  redirect_uri=redirect_uri)
            except OAuthError as exc:
                raise LoginFailed(_refusal("the code exchange", exc)) from None
            except Exception as exc:
                raise LoginFailed(f"token endpoint {endpoints.token_url}: {type(exc).__name__}: {exc}") from None
    return _tokens(dict(answer))


def _refusal(what: str, exc: Any) -> str:
    description = " ".join(str(exc.description or "").split())[:300]
    return f"{what} was refused: {exc.error}" + (f" ({description})" if description else "")
