"""A small OAuth2 authorization server on loopback, for tests: a real HTTP server (http.server in a thread).

It plays the provider's side of everything endorsebot and Dovecot speak to:
- ``POST /token``: the refresh_token grant (RFC 6749 section 6), the device_code grant (RFC 8628) and the
  authorization_code grant with PKCE (RFC 7636); errors are RFC 6749 section 5.2 JSON (``invalid_grant``...).
- ``POST /devicecode``: the device authorization request (RFC 8628 section 3.1).
- ``GET /authorize``: the browser's stop; the "user" consents at once and is redirected with a code.
- ``POST /introspect``: RFC 7662 token introspection, what Dovecot's ``oauth2`` passdb asks.

The test controls it: ``grant(user)`` makes a refresh token, ``revoke`` withdraws one (revoked consent),
``expire_access_tokens`` ends every access token issued so far, ``approve(user_code, user)`` consents to a
device login. Counters say what was asked (``refresh_grants``, ``introspections``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


@dataclass
class _Device:
    user_code: str
    scope: str
    user: str | None = None
    denied: bool = False
    polls: int = 0


@dataclass
class _Code:
    user: str
    redirect_uri: str
    challenge: str
    scope: str


@dataclass
class ProviderState:
    client_id: str
    client_secret: str | None
    access_lifetime_s: int = 3600
    rotate_refresh_tokens: bool = False
    refresh_tokens: dict[str, str] = field(default_factory=dict)  # refresh token -> user
    access_tokens: dict[str, str] = field(default_factory=dict)  # live access token -> user
    issued: list[str] = field(default_factory=list)  # every access token ever issued
    devices: dict[str, _Device] = field(default_factory=dict)  # device_code -> state
    codes: dict[str, _Code] = field(default_factory=dict)
    # What was asked, for the tests' assertions.
    refresh_grants: int = 0
    refused_refreshes: int = 0
    introspections: int = 0
    token_requests: list[dict[str, str]] = field(default_factory=list)
    device_requests: list[dict[str, str]] = field(default_factory=list)


class OAuth2Provider:
    """Start with ``start()``; URLs are ``token_url``, ``device_url``, ``authorize_url``, ``introspection_url``."""

    def __init__(self, *, client_id: str = "endorsebot-test-client", client_secret: str | None = None) -> None:
        self.state = ProviderState(client_id, client_secret)
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> OAuth2Provider:
        provider = self

        class Handler(_Handler):
            owner = provider

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="oauth2-provider", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start() first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def token_url(self) -> str:
        return f"{self.base_url}/token"

    @property
    def device_url(self) -> str:
        return f"{self.base_url}/devicecode"

    @property
    def authorize_url(self) -> str:
        return f"{self.base_url}/authorize"

    @property
    def introspection_url(self) -> str:
        return f"{self.base_url}/introspect"

    # -- the test's controls ----------------------------------------------------------------------

    def grant(self, user: str) -> str:
        """A refresh token for ``user``, as a finished consent would leave."""
        token = "rt-" + secrets.token_urlsafe(24)
        with self.lock:
            self.state.refresh_tokens[token] = user
        return token

    def revoke(self, refresh_token: str) -> None:
        """The user (or an admin) revoked the consent: the refresh token and its access tokens end."""
        with self.lock:
            user = self.state.refresh_tokens.pop(refresh_token, None)
            self.state.access_tokens = {a: u for a, u in self.state.access_tokens.items() if u != user}

    def expire_access_tokens(self) -> None:
        """Every access token issued so far has expired (refresh tokens stay good)."""
        with self.lock:
            self.state.access_tokens.clear()

    def approve(self, user_code: str, user: str) -> None:
        with self.lock:
            for device in self.state.devices.values():
                if device.user_code == user_code:
                    device.user = user
                    return
        raise KeyError(user_code)

    def deny(self, user_code: str) -> None:
        with self.lock:
            for device in self.state.devices.values():
                if device.user_code == user_code:
                    device.denied = True
                    return
        raise KeyError(user_code)

    def pending_user_codes(self) -> list[str]:
        with self.lock:
            return [d.user_code for d in self.state.devices.values() if d.user is None and not d.denied]

    def issue_access(self, user: str) -> str:
        with self.lock:
            return self._issue_access(user)

    def _issue_access(self, user: str) -> str:
        token = "at-" + secrets.token_urlsafe(24)
        self.state.access_tokens[token] = user
        self.state.issued.append(token)
        return token

    # -- the grants (called with self.lock held) ---------------------------------------------------

    def token(self, form: dict[str, str], basic: tuple[str, str] | None) -> tuple[int, dict[str, object]]:
        s = self.state
        s.token_requests.append({k: v for k, v in form.items() if k not in ("client_secret",)})
        client_id, secret = basic if basic else (form.get("client_id", ""), form.get("client_secret"))
        if client_id != s.client_id or (s.client_secret is not None and secret != s.client_secret):
            return 401, {"error": "invalid_client", "error_description": "unknown client or wrong secret"}
        grant = form.get("grant_type")
        if grant == "refresh_token":
            s.refresh_grants += 1
            user = s.refresh_tokens.get(form.get("refresh_token", ""))
            if user is None:
                s.refused_refreshes += 1
                return 400, {"error": "invalid_grant",
                             "error_description": "AADSTS70000: the refresh token was revoked or has expired"}
            answer = self._tokens_for(user, with_refresh=s.rotate_refresh_tokens)
            if s.rotate_refresh_tokens:
                s.refresh_tokens.pop(form["refresh_token"], None)
            return 200, answer
        if grant == DEVICE_GRANT:
            device = s.devices.get(form.get("device_code", ""))
            if device is None:
                return 400, {"error": "expired_token"}
            device.polls += 1
            if device.denied:
                return 400, {"error": "access_denied"}
            if device.user is None:
                return 400, {"error": "authorization_pending"}
            del s.devices[form["device_code"]]
            return 200, self._tokens_for(device.user, with_refresh=True)
        if grant == "authorization_code":
            code = s.codes.pop(form.get("code", ""), None)
            if code is None or code.redirect_uri != form.get("redirect_uri"):
                return 400, {"error": "invalid_grant", "error_description": "unknown code or redirect_uri"}
            verifier = form.get("code_verifier", "")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if digest != code.challenge:
                return 400, {"error": "invalid_grant", "error_description": "PKCE verification failed"}
            return 200, self._tokens_for(code.user, with_refresh=True)
        return 400, {"error": "unsupported_grant_type"}

    def _tokens_for(self, user: str, *, with_refresh: bool) -> dict[str, object]:
        answer: dict[str, object] = {"access_token": self._issue_access(user), "token_type": "Bearer",
                                     "expires_in": self.state.access_lifetime_s}
        if with_refresh:
            refresh = "rt-" + secrets.token_urlsafe(24)
            self.state.refresh_tokens[refresh] = user
            answer["refresh_token"] = refresh
        return answer

    def device(self, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        self.state.device_requests.append(dict(form))
        if form.get("client_id") != self.state.client_id:
            return 400, {"error": "invalid_client"}
        device_code = secrets.token_urlsafe(16)
        user_code = f"{secrets.randbelow(10_000):04d}-{secrets.randbelow(10_000):04d}"
        self.state.devices[device_code] = _Device(user_code, form.get("scope", ""))
        verification = f"{self.base_url}/device"
        return 200, {"device_code": device_code, "user_code": user_code, "verification_uri": verification,
                     "expires_in": 900, "interval": 1,
                     "message": f"To sign in, open {verification} and enter the code {user_code}."}

    def authorize(self, query: dict[str, str], user: str) -> str:
        """Where the browser is sent after consent: redirect_uri with a code and the state."""
        if query.get("client_id") != self.state.client_id or query.get("code_challenge_method") != "S256":
            raise ValueError("bad authorization request")
        code = secrets.token_urlsafe(16)
        self.state.codes[code] = _Code(user, query["redirect_uri"], query["code_challenge"], query.get("scope", ""))
        return f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query.get('state', '')})}"

    def introspect(self, form: dict[str, str]) -> dict[str, object]:
        self.state.introspections += 1
        user = self.state.access_tokens.get(form.get("token", ""))
        return {"active": True, "username": user} if user else {"active": False}

    # The user whose browser visits /authorize (a test sets it before the login starts).
    browser_user: str = "nobody@bot.test"


class _Handler(BaseHTTPRequestHandler):
    owner: OAuth2Provider

    def log_message(self, format: str, *args: object) -> None:  # quiet: tests read the state instead
        pass

    def _form(self) -> dict[str, str]:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode()
        return {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}

    def _basic(self) -> tuple[str, str] | None:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return None
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        from urllib.parse import unquote_plus

        return unquote_plus(user), unquote_plus(password)

    def _json(self, status: int, body: dict[str, object]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        form = self._form()
        with self.owner.lock:
            if path == "/token":
                self._json(*self.owner.token(form, self._basic()))
            elif path == "/devicecode":
                self._json(*self.owner.device(form))
            elif path == "/introspect":
                self._json(200, self.owner.introspect(form))
            else:
                self._json(404, {"error": "not_found"})

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != "/authorize":
            self._json(404, {"error": "not_found"})
            return
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        with self.owner.lock:
            try:
                location = self.owner.authorize(query, self.owner.browser_user)
            except (KeyError, ValueError) as exc:
                self._json(400, {"error": "invalid_request", "error_description": str(exc)})
                return
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


async def introspect(url: str, token: str) -> str | None:
    """Ask an RFC 7662 endpoint over HTTP (as a resource server does); the token's user, or None."""
    import asyncio
    import urllib.request

    def ask() -> str | None:
        request = urllib.request.Request(url, data=urlencode({"token": token}).encode(), method="POST")
        with urllib.request.urlopen(request, timeout=10) as answer:
            body = json.loads(answer.read())
        return str(body["username"]) if body.get("active") else None

    return await asyncio.to_thread(ask)
