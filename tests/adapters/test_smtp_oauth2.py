"""SMTP sign-in with OAuth2 (AUTH XOAUTH2 and OAUTHBEARER) against a real aiosmtpd server on loopback that
checks each token at the loopback authorization server's introspection endpoint, over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.adapters.oauth2 import AccessTokens
from bot.adapters.smtp import SmtpSender
from bot.ports import CredentialsRefused, OAuth2RefreshRefused, OutgoingEmail
from bot.sandbox.smtp import SmtpFront
from bot.settings import SmtpSettings
from tests.servers.oauth2_fixtures import OAuth2SettingsFactory
from tests.servers.oauth2_provider import OAuth2Provider, introspect

pytestmark = pytest.mark.realserver

BOT = "bot@sandbox.test"


def email(n: int = 1) -> OutgoingEmail:
    data = (f"From: {BOT}\r\nTo: c@example.com\r\nSubject: Request {n}\r\nMessage-ID: <m{n}@sandbox.test>\r\n"
            "\r\nPlease reply.\r\n").encode()
    return OutgoingEmail(f"<m{n}@sandbox.test>", BOT, ("c@example.com",), data)


async def nowhere(sender: str, recipient: str, data: bytes) -> None:
    raise LookupError(recipient)


@pytest.fixture
async def front(oauth2_provider: OAuth2Provider) -> AsyncIterator[SmtpFront]:
    async def bearer(user: str, token: str) -> bool:
        return await introspect(oauth2_provider.introspection_url, token) == user

    server = SmtpFront(deliver=nowhere, local_domains=frozenset({"sandbox.test"}), bearer=bearer)
    await server.start()
    oauth2_provider.state.access_lifetime_s = 3600
    yield server
    await server.stop()


def sender_for(front: SmtpFront, tokens: AccessTokens) -> SmtpSender:
    settings = SmtpSettings(host=front.host, port=front.port, username=BOT, auth="oauth2", timeout_s=5.0)
    return SmtpSender(settings, tokens=tokens)


@pytest.mark.parametrize("mechanism", ["xoauth2", "oauthbearer"])
async def test_mail_goes_out_signed_in_with_oauth2(
        front: SmtpFront, oauth2_provider: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory,
        mechanism: str) -> None:
    tokens = AccessTokens(oauth2_settings(oauth2_provider.grant(BOT), mechanism=mechanism))
    async with sender_for(front, tokens) as sender:
        await sender.send(email(1))
        await sender.send(email(2))
    assert [recipients for _, recipients, _ in front.accepted] == [("c@example.com",)] * 2
    assert tokens.refreshes == 1


async def test_without_a_login_the_server_refuses_the_mail(front: SmtpFront) -> None:
    """The front really requires the token: a sender with no login is refused at MAIL FROM."""
    async with SmtpSender(SmtpSettings(host=front.host, port=front.port, timeout_s=5.0)) as sender:
        with pytest.raises(CredentialsRefused):
            await sender.send(email())
    assert front.accepted == []


async def test_an_expired_token_is_renewed_once_and_the_mail_goes_out(
        front: SmtpFront, oauth2_provider: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory) -> None:
    tokens = AccessTokens(oauth2_settings(oauth2_provider.grant(BOT)))
    async with sender_for(front, tokens) as sender:
        await sender.send(email(1))
    oauth2_provider.expire_access_tokens()
    async with sender_for(front, tokens) as sender:
        await sender.send(email(2))
    assert len(front.accepted) == 2
    assert tokens.refreshes == 2


async def test_a_revoked_refresh_token_refuses_the_login_by_name(
        front: SmtpFront, oauth2_provider: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory) -> None:
    refresh_token = oauth2_provider.grant(BOT)
    tokens = AccessTokens(oauth2_settings(refresh_token))
    oauth2_provider.revoke(refresh_token)
    async with sender_for(front, tokens) as sender:
        with pytest.raises(OAuth2RefreshRefused, match="invalid_grant"):
            await sender.send(email())
    assert front.accepted == []


@pytest.mark.parametrize("mechanism", ["xoauth2", "oauthbearer"])
async def test_a_token_for_another_account_is_refused_after_one_renewal(
        front: SmtpFront, oauth2_provider: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory,
        mechanism: str) -> None:
    tokens = AccessTokens(oauth2_settings(oauth2_provider.grant("other@sandbox.test"), mechanism=mechanism))
    async with sender_for(front, tokens) as sender:
        with pytest.raises(CredentialsRefused, match="newly issued OAuth2 access token"):
            await sender.send(email())
    assert tokens.refreshes == 2
    assert front.accepted == []
