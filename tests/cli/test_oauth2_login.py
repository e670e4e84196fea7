"""`endorsebot oauth2 login` against a loopback authorization server (a real HTTP server): the device
flow through the command line, the loopback redirect flow with a "browser" that follows the redirects, and
the refresh token it leaves then opening the mailbox on a Dovecot that checks tokens."""

from __future__ import annotations

import asyncio
import os
import stat
import threading
import urllib.request
from pathlib import Path

import pytest

from bot import cli
from bot.adapters.imap import ImapMailbox
from bot.adapters.oauth2 import AccessTokens, endpoints
from bot.adapters.oauth2_login import LoginFailed, loopback_login
from bot.settings import Secret
from tests.e2e.harness import eventually
from tests.servers.dovecot import Account, DovecotServer
from tests.servers.fixtures import imap_settings_for
from tests.servers.oauth2_fixtures import CLIENT_ID, OAuth2SettingsFactory
from tests.servers.oauth2_provider import OAuth2Provider

pytestmark = pytest.mark.realserver


def config(tmp_path: Path, provider: OAuth2Provider) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f"""
[imap]
username = "bot@bot.test"
auth = "oauth2"
[oauth2]
provider = "generic"
client_id = "{CLIENT_ID}"
token_url = "{provider.token_url}"
device_authorization_url = "{provider.device_url}"
authorization_url = "{provider.authorize_url}"
scopes = ["mail", "offline_access"]
""")
    return path


async def login_in_background(argv: list[str]) -> asyncio.Future[int]:
    return asyncio.ensure_future(asyncio.to_thread(cli.main, argv))


async def sign_in_as(provider: OAuth2Provider, user: str) -> None:
    """What the operator does in a browser: enter the printed code and consent."""
    async def code_shown() -> bool:
        return bool(provider.pending_user_codes())

    await eventually(code_shown, "a device code issued")
    [code] = provider.pending_user_codes()
    provider.approve(code, user)


async def test_device_login_writes_the_refresh_token_to_a_private_env_file_that_opens_the_mailbox(
        tmp_path: Path, oauth2_provider: OAuth2Provider, oauth2_dovecot: DovecotServer,
        oauth2_settings: OAuth2SettingsFactory, capsys: pytest.CaptureFixture[str]) -> None:
    account = oauth2_dovecot.new_account()
    env = tmp_path / "oauth2.env"
    env.write_text("ENDORSEBOT_BOT_SECRET=keep-me-keep-me-keep-me-keep-me-1234\nENDORSEBOT_OAUTH2_REFRESH_TOKEN=old\n")
    running = await login_in_background(["--config", str(config(tmp_path, oauth2_provider)), "oauth2", "login",
                                         "--out", str(env)])
    await sign_in_as(oauth2_provider, account.address)
    assert await running == 0
    assert stat.S_IMODE(env.stat().st_mode) == 0o600
    lines = env.read_text().splitlines()
    assert lines[0] == "ENDORSEBOT_BOT_SECRET=keep-me-keep-me-keep-me-keep-me-1234"
    [token_line] = [line for line in lines if line.startswith("ENDORSEBOT_OAUTH2_REFRESH_TOKEN=")]
    refresh_token = token_line.split("=", 1)[1]
    assert refresh_token != "old"
    # The device request asked for the configured scopes, for our client.
    assert oauth2_provider.state.device_requests[-1] == {"client_id": CLIENT_ID, "scope": "mail offline_access"}
    captured = capsys.readouterr()
    assert captured.out == "" and refresh_token not in captured.err and "enter the code" in captured.err
    # The token it left is the daemon's way in.
    tokens = AccessTokens(oauth2_settings(refresh_token))
    mailbox = ImapMailbox(imap_settings_for(oauth2_dovecot, Account(account.address, ""), auth="oauth2",
                                            password=Secret("")), tokens=tokens)
    try:
        await mailbox.connect()
    finally:
        await mailbox.close()


async def test_print_puts_the_token_alone_on_stdout(
        tmp_path: Path, oauth2_provider: OAuth2Provider, capsys: pytest.CaptureFixture[str]) -> None:
    running = await login_in_background(["--config", str(config(tmp_path, oauth2_provider)), "oauth2", "login",
                                         "--print"])
    await sign_in_as(oauth2_provider, "bot@bot.test")
    assert await running == 0
    out = capsys.readouterr().out
    [token] = out.splitlines()
    assert oauth2_provider.state.refresh_tokens[token] == "bot@bot.test"


async def test_a_refused_consent_fails_with_the_providers_reason(
        tmp_path: Path, oauth2_provider: OAuth2Provider, capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / "oauth2.env"
    running = await login_in_background(["--config", str(config(tmp_path, oauth2_provider)), "oauth2", "login",
                                         "--out", str(env)])

    async def code_shown() -> bool:
        return bool(oauth2_provider.pending_user_codes())

    await eventually(code_shown, "a device code issued")
    oauth2_provider.deny(oauth2_provider.pending_user_codes()[0])
    assert await running == 1
    assert "oauth2 login failed: the sign-in was refused: access_denied" in capsys.readouterr().err
    assert not env.exists()


def test_a_symlink_in_place_of_the_env_file_is_refused(tmp_path: Path) -> None:
    from bot.commands.oauth2 import write_env_line

    target = tmp_path / "elsewhere"
    target.write_text("")
    link = tmp_path / "oauth2.env"
    os.symlink(target, link)
    assert "symbolic link" in (write_env_line(link, "ENDORSEBOT_OAUTH2_REFRESH_TOKEN", "x") or "")
    assert target.read_text() == ""


def test_no_client_id_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["oauth2", "login", "--provider", "microsoft", "--print"]) == 2
    assert "no client id" in capsys.readouterr().err


def browse(url: str) -> None:
    """A browser: follows the provider's redirect back to the loopback address."""
    threading.Thread(target=lambda: urllib.request.urlopen(url, timeout=10).read(), daemon=True).start()


async def test_loopback_login_trades_the_code_with_pkce_for_a_refresh_token(
        oauth2_provider: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory) -> None:
    oauth2_provider.browser_user = "bot@bot.test"
    settings = oauth2_settings("")
    tokens = await loopback_login(settings, endpoints(settings), browse, max_wait_s=30)
    assert oauth2_provider.state.refresh_tokens[tokens.refresh_token] == "bot@bot.test"
    exchange = oauth2_provider.state.token_requests[-1]
    assert exchange["grant_type"] == "authorization_code" and exchange["code_verifier"]
    assert exchange["redirect_uri"].startswith("http://127.0.0.1:")


async def test_loopback_login_refuses_a_browser_that_comes_back_with_another_state(
        oauth2_provider: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory) -> None:
    def forged(url: str) -> None:
        browse(url.replace("state=", "state=forged"))

    settings = oauth2_settings("")
    with pytest.raises(LoginFailed, match="another sign-in's state"):
        await loopback_login(settings, endpoints(settings), forged, max_wait_s=30)


def test_the_daemon_will_not_start_without_a_refresh_token(
        tmp_path: Path, oauth2_provider: OAuth2Provider, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ENDORSEBOT_OAUTH2_REFRESH_TOKEN", raising=False)
    assert cli.main(["--config", str(config(tmp_path, oauth2_provider)), "run"]) == 2
    assert "ENDORSEBOT_OAUTH2_REFRESH_TOKEN is empty: sign in with `endorsebot oauth2 login" in capsys.readouterr().err
