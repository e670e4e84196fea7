"""IMAP sign-in with OAuth2, against a real Dovecot whose oauth2 passdb introspects tokens at a loopback
authorization server (tests/servers/oauth2_provider.py): XOAUTH2 and OAUTHBEARER logins, renewal before
expiry and after a refusal, and a revoked refresh token as a named refusal."""

from __future__ import annotations

import pytest

from bot.adapters.imap import ImapMailbox
from bot.adapters.oauth2 import AccessTokens
from bot.ports import REFRESH_FAILED, CredentialsRefused, OAuth2RefreshRefused
from bot.settings import Secret
from tests.servers.dovecot import Account, DovecotServer
from tests.servers.fixtures import imap_settings_for
from tests.servers.oauth2_fixtures import OAuth2SettingsFactory
from tests.servers.oauth2_provider import OAuth2Provider

pytestmark = pytest.mark.realserver

MESSAGE = b"From: someone@example.com\r\nTo: bot@bot.test\r\nSubject: hello\r\n\r\nHi there.\r\n"


def mailbox_for(server: DovecotServer, address: str, tokens: AccessTokens) -> ImapMailbox:
    settings = imap_settings_for(server, Account(address, ""), auth="oauth2", password=Secret(""))
    return ImapMailbox(settings, tokens=tokens)


@pytest.mark.parametrize("mechanism", ["xoauth2", "oauthbearer"])
async def test_a_mailbox_signed_in_with_oauth2_reads_its_mail(
        oauth2_dovecot: DovecotServer, oauth2_provider: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory,
        mechanism: str) -> None:
    account = oauth2_dovecot.new_account()
    await oauth2_dovecot.deliver("someone@example.com", account.address, MESSAGE)
    tokens = AccessTokens(oauth2_settings(oauth2_provider.grant(account.address), mechanism=mechanism))
    mailbox = mailbox_for(oauth2_dovecot, account.address, tokens)
    try:
        await mailbox.connect()
        messages = await mailbox.fetch_after(0)
    finally:
        await mailbox.close()
    assert [m.raw.endswith(b"Hi there.\r\n") for m in messages] == [True]
    assert tokens.refreshes == 1


async def test_the_password_is_not_needed_and_a_password_login_is_still_refused(
        oauth2_dovecot: DovecotServer, oauth2_provider: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory) -> None:
    """The token is the only way in: Dovecot's oauth2 passdb does not take it as a password either."""
    account = oauth2_dovecot.new_account()
    token = oauth2_provider.issue_access(account.address)
    settings = imap_settings_for(oauth2_dovecot, account, password=Secret(token))
    mailbox = ImapMailbox(settings)
    with pytest.raises(CredentialsRefused):
        await mailbox.connect()
    await mailbox.close()


async def test_an_expired_access_token_is_renewed_once_and_the_login_goes_through(
        oauth2_dovecot: DovecotServer, oauth2_provider: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory) -> None:
    account = oauth2_dovecot.new_account()
    tokens = AccessTokens(oauth2_settings(oauth2_provider.grant(account.address)))
    mailbox = mailbox_for(oauth2_dovecot, account.address, tokens)
    await mailbox.connect()
    await mailbox.close()
    # The provider ends every access token before the one we cached says it would.
    oauth2_provider.expire_access_tokens()
    introspected = oauth2_provider.state.introspections
    try:
        await mailbox.connect()
    finally:
        await mailbox.close()
    assert tokens.refreshes == 2
    # The stale token was tried once, refused, and the renewed one let us in.
    assert oauth2_provider.state.introspections - introspected == 2


async def test_a_token_close_to_its_expiry_is_renewed_before_the_login(
        oauth2_dovecot: DovecotServer, oauth2_provider: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory) -> None:
    oauth2_provider.state.access_lifetime_s = 60  # less than refresh_margin_s (300): always "about to lapse"
    account = oauth2_dovecot.new_account()
    tokens = AccessTokens(oauth2_settings(oauth2_provider.grant(account.address)))
    mailbox = mailbox_for(oauth2_dovecot, account.address, tokens)
    introspected = oauth2_provider.state.introspections
    for _ in range(2):
        await mailbox.connect()
        await mailbox.close()
    assert tokens.refreshes == 2
    assert oauth2_provider.state.introspections - introspected == 2  # no login was refused first


async def test_a_rotated_refresh_token_is_used_for_the_next_renewal(
        oauth2_dovecot: DovecotServer, oauth2_provider: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory) -> None:
    """Microsoft hands a new refresh token with each renewal; here the old one stops working at once."""
    oauth2_provider.state.rotate_refresh_tokens = True
    account = oauth2_dovecot.new_account()
    tokens = AccessTokens(oauth2_settings(oauth2_provider.grant(account.address), refresh_margin_s=0))
    mailbox = mailbox_for(oauth2_dovecot, account.address, tokens)
    for _ in range(3):  # each time after the first, the cached token is refused and renewed
        await mailbox.connect()
        await mailbox.close()
        oauth2_provider.expire_access_tokens()
    assert tokens.refreshes == 3
    assert tokens.refused is None


async def test_a_revoked_refresh_token_is_a_named_refusal_without_the_token(
        oauth2_dovecot: DovecotServer, oauth2_provider: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory) -> None:
    account = oauth2_dovecot.new_account()
    refresh_token = oauth2_provider.grant(account.address)
    tokens = AccessTokens(oauth2_settings(refresh_token))
    mailbox = mailbox_for(oauth2_dovecot, account.address, tokens)
    await mailbox.connect()
    await mailbox.close()
    oauth2_provider.revoke(refresh_token)  # consent withdrawn: the access token dies with it
    with pytest.raises(OAuth2RefreshRefused) as refused:
        await mailbox.connect()
    await mailbox.close()
    assert refused.value.error == "invalid_grant"
    assert refused.value.condition == REFRESH_FAILED
    assert tokens.refused is refused.value
    assert refresh_token not in str(refused.value)
    assert "endorsebot oauth2 login --provider generic" in str(refused.value)


async def test_a_token_the_server_refuses_even_when_new_is_credentials_refused(
        oauth2_dovecot: DovecotServer, oauth2_provider: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory) -> None:
    """A token for another mailbox (wrong account consented): renewed once, refused again, then given up."""
    account = oauth2_dovecot.new_account()
    tokens = AccessTokens(oauth2_settings(oauth2_provider.grant("someone-else@bot.test")))
    mailbox = mailbox_for(oauth2_dovecot, account.address, tokens)
    with pytest.raises(CredentialsRefused, match="newly issued OAuth2 access token") as refused:
        await mailbox.connect()
    await mailbox.close()
    assert not isinstance(refused.value, OAuth2RefreshRefused)
    assert tokens.refreshes == 2


async def test_no_refresh_token_is_named(
        oauth2_dovecot: DovecotServer, oauth2_settings: OAuth2SettingsFactory) -> None:
    account = oauth2_dovecot.new_account()
    mailbox = mailbox_for(oauth2_dovecot, account.address, AccessTokens(oauth2_settings("")))
    with pytest.raises(OAuth2RefreshRefused, match="ENDORSEBOT_OAUTH2_REFRESH_TOKEN is empty"):
        await mailbox.connect()
    await mailbox.close()
