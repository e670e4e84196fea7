"""Fixtures for OAuth2 sign-in: a loopback authorization server and a Dovecot that checks tokens against it.

- ``oauth2_provider``: the session's OAuth2Provider (tests/servers/oauth2_provider.py).
- ``oauth2_dovecot``: a Dovecot whose oauth2 passdb introspects tokens at that provider (XOAUTH2, OAUTHBEARER).
- ``oauth2_settings(refresh_token, **overrides)``: OAuth2Settings for the provider as a "generic" one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from bot.settings import OAuth2Settings, Secret
from tests.servers.dovecot import DovecotServer
from tests.servers.oauth2_provider import OAuth2Provider

CLIENT_ID = "endorsebot-test-client"


@pytest.fixture(scope="session")
def oauth2_provider() -> Iterator[OAuth2Provider]:
    provider = OAuth2Provider(client_id=CLIENT_ID).start()
    try:
        yield provider
    finally:
        provider.stop()


@pytest.fixture(scope="session")
def _oauth2_dovecot_session(oauth2_provider: OAuth2Provider) -> Iterator[DovecotServer]:
    server = DovecotServer(oauth2_introspection_url=oauth2_provider.introspection_url)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def oauth2_dovecot(_oauth2_dovecot_session: DovecotServer, oauth2_provider: OAuth2Provider) -> DovecotServer:
    _oauth2_dovecot_session.start()  # no-op when running
    oauth2_provider.state.access_lifetime_s = 3600
    oauth2_provider.state.rotate_refresh_tokens = False
    return _oauth2_dovecot_session


OAuth2SettingsFactory = Callable[..., OAuth2Settings]


@pytest.fixture
def oauth2_settings(oauth2_provider: OAuth2Provider) -> OAuth2SettingsFactory:
    def make(refresh_token: str, **overrides: object) -> OAuth2Settings:
        values: dict[str, object] = {"provider": "generic", "client_id": CLIENT_ID,
                                     "token_url": oauth2_provider.token_url,
                                     "device_authorization_url": oauth2_provider.device_url,
                                     "authorization_url": oauth2_provider.authorize_url,
                                     "scopes": ("mail",), "refresh_token": Secret(refresh_token), "timeout_s": 10.0}
        values.update(overrides)
        return OAuth2Settings(**values)  # type: ignore[arg-type]

    return make
