"""A refresh token the provider rotates (Microsoft hands a new one with a renewal) is written back where the
operator keeps it ([oauth2] refresh_token_file, the environment file `endorsebot oauth2 login --out` wrote):
mode 0600, its other lines kept, never through a symlink, never logged. Against the loopback authorization
server (tests/servers/oauth2_provider.py) in its strictest form: a rotated-away token is refused at once."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.adapters.oauth2 import AccessTokens
from bot.ports import OAuth2RefreshRefused
from tests.servers.oauth2_fixtures import OAuth2SettingsFactory
from tests.servers.oauth2_provider import OAuth2Provider

pytestmark = pytest.mark.realserver

VARIABLE = "ENDORSEBOT_OAUTH2_REFRESH_TOKEN"


@pytest.fixture
def rotating(oauth2_provider: OAuth2Provider) -> Iterator[OAuth2Provider]:
    oauth2_provider.state.rotate_refresh_tokens = True
    try:
        yield oauth2_provider
    finally:
        oauth2_provider.state.rotate_refresh_tokens = False


def env_file(path: Path, refresh_token: str) -> Path:
    path.write_text(f"# written by endorsebot oauth2 login\nENDORSEBOT_LOG_LEVEL=info\n{VARIABLE}={refresh_token}\n")
    path.chmod(0o640)
    return path


def stored(path: Path) -> str:
    return [line for line in path.read_text().splitlines() if line.startswith(f"{VARIABLE}=")][-1].split("=", 1)[1]


def logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)


async def test_a_rotated_refresh_token_is_saved_and_a_restart_with_the_old_environment_uses_it(
        tmp_path: Path, rotating: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    first = rotating.grant("bot@bot.test")
    path = env_file(tmp_path / "oauth2.env", first)
    settings = oauth2_settings(first, refresh_token_file=str(path))

    await AccessTokens(settings).token()

    rotated = stored(path)
    assert rotated != first and rotated in rotating.state.refresh_tokens
    assert first not in rotating.state.refresh_tokens  # the provider retired it
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().startswith("# written by endorsebot oauth2 login\nENDORSEBOT_LOG_LEVEL=info\n")
    # A restart whose environment still holds the retired token (or check-config run from an old shell).
    restarted = AccessTokens(settings)
    await restarted.token()
    assert restarted.refused is None and restarted.refreshes == 1
    assert stored(path) not in (first, rotated)
    text = logged(caplog)
    assert "rotated refresh token saved" in text
    assert first not in text and rotated not in text and stored(path) not in text


async def test_without_a_file_the_rotated_token_lives_in_memory_and_the_old_environment_is_refused(
        rotating: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory) -> None:
    """What the file is for: the same restart without it starts from a token the provider retired."""
    first = rotating.grant("bot@bot.test")
    settings = oauth2_settings(first)
    await AccessTokens(settings).token()
    with pytest.raises(OAuth2RefreshRefused):
        await AccessTokens(settings).token()


async def test_a_symlink_in_place_of_the_file_is_not_followed_and_the_token_still_serves(
        tmp_path: Path, rotating: OAuth2Provider, oauth2_settings: OAuth2SettingsFactory,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    first = rotating.grant("bot@bot.test")
    target = tmp_path / "authorized_keys"
    target.write_text("ssh-ed25519 AAAA admin\n")
    link = tmp_path / "oauth2.env"
    os.symlink(target, link)
    tokens = AccessTokens(oauth2_settings(first, refresh_token_file=str(link), refresh_margin_s=0))

    await tokens.token()
    rotating.expire_access_tokens()
    tokens.forget()
    await tokens.token()  # the rotated token, kept in memory, renews again

    assert target.read_text() == "ssh-ed25519 AAAA admin\n"
    assert tokens.refreshes == 2 and tokens.refused is None
    assert "symbolic link" in (tokens.store_problem or "")
    text = logged(caplog)
    assert "could not be saved" in text
    assert first not in text and tokens._refresh_token not in text
