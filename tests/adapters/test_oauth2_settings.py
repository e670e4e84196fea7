"""[oauth2] settings: the refresh token and client secret from the environment only, checked at load;
provider presets and what [oauth2] sets on top of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.adapters.oauth2 import endpoints, oauthbearer, sasl_error, xoauth2
from bot.settings import ConfigError, OAuth2Settings, Secret, Settings, load_settings

MICROSOFT = """
[imap]
username = "bot@contoso.example"
auth = "oauth2"
[smtp]
username = "bot@contoso.example"
auth = "oauth2"
[oauth2]
provider = "microsoft"
client_id = "00000000-1111-2222-3333-444444444444"
tenant = "contoso.example"
"""


def load(tmp_path: Path, text: str, **environ: str) -> Settings:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return load_settings(path, environ=environ)


def test_secrets_come_from_the_environment(tmp_path: Path) -> None:
    settings = load(tmp_path, MICROSOFT, ENDORSEBOT_OAUTH2_REFRESH_TOKEN="0.AXkA-rt",
                    ENDORSEBOT_OAUTH2_CLIENT_SECRET="s")
    assert settings.oauth2.refresh_token == Secret("0.AXkA-rt")
    assert "0.AXkA-rt" not in repr(settings)


@pytest.mark.parametrize("key", ["refresh_token", "client_secret"])
def test_a_secret_written_in_the_file_is_refused(tmp_path: Path, key: str) -> None:
    with pytest.raises(ConfigError, match=f"ENDORSEBOT_OAUTH2_{key.upper()}"):
        load(tmp_path, MICROSOFT + f'{key} = "x"\n')


def test_a_token_pasted_with_a_line_break_is_refused_at_load(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="ENDORSEBOT_OAUTH2_REFRESH_TOKEN holds spaces or line breaks"):
        load(tmp_path, MICROSOFT, ENDORSEBOT_OAUTH2_REFRESH_TOKEN="0.AXkA-rt\n")


@pytest.mark.parametrize(("key", "value", "message"), [
    ("CLIENT_ID", "", "client_id is empty"),
    ("PROVIDER", "generic", 'provider "generic" needs token_url'),
    ("TOKEN_URL", "http://login.example.com/token", "must be an https:// URL"),
    ("TENANT", "", "tenant must not be empty"),
])
def test_what_cannot_work_is_refused_at_load(tmp_path: Path, key: str, value: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load(tmp_path, MICROSOFT, **{f"ENDORSEBOT_OAUTH2_{key}": value})


def test_oauth2_needs_the_mailbox_address_as_username(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"\[smtp\] auth is \"oauth2\": set \[smtp\] username"):
        load(tmp_path, MICROSOFT.replace('[smtp]\nusername = "bot@contoso.example"', "[smtp]"))


def test_no_refresh_token_yet_is_not_a_load_error(tmp_path: Path) -> None:
    """`endorsebot oauth2 login` loads the same config before there is a token."""
    assert not load(tmp_path, MICROSOFT).oauth2.refresh_token


def test_presets_fill_in_the_tenant_and_scopes() -> None:
    e = endpoints(OAuth2Settings(provider="microsoft", client_id="c", tenant="contoso.example"))
    assert e.token_url == "https://login.microsoftonline.com/contoso.example/oauth2/v2.0/token"
    assert e.device_authorization_url.endswith("/contoso.example/oauth2/v2.0/devicecode")
    assert e.scopes == ("https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/SMTP.Send",
                        "offline_access")
    google = endpoints(OAuth2Settings(provider="google", client_id="c"))
    assert (google.scopes, google.login_flow) == (("https://mail.google.com/",), "loopback")
    assert google.authorization_params["access_type"] == "offline"


def test_settings_replace_the_preset() -> None:
    e = endpoints(OAuth2Settings(provider="google", client_id="c", token_url="https://t.example/token",
                                 scopes=("a", "b")))
    assert (e.token_url, e.scopes) == ("https://t.example/token", ("a", "b"))


def test_sasl_strings() -> None:
    import base64

    assert base64.b64decode(xoauth2("u@x.test", "T")) == b"user=u@x.test\x01auth=Bearer T\x01\x01"
    assert base64.b64decode(oauthbearer("a,b=c@x.test", "T", "imap.x.test", 993)) == (
        b"n,a=a=2Cb=3Dc@x.test,\x01host=imap.x.test\x01port=993\x01auth=Bearer T\x01\x01")
    challenge = base64.b64encode(b'{"status":"invalid_token","schemes":"bearer","scope":"mail"}')
    assert sasl_error(challenge) == "status=invalid_token, schemes=bearer, scope=mail"
