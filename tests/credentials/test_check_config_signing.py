"""`endorsebot check-config` says when endorsements would go out without a credential, or under a DID that
no verifier can resolve."""

from __future__ import annotations

from pathlib import Path

from bot.commands.check_config import check_static
from bot.credentials import generate_keypair
from bot.settings import Secret, Settings


def _settings(key_dir: Path, domain: str = "") -> Settings:
    return Settings().replace(imap={"username": "bot", "password": Secret("pw")},
                              credentials={"key_dir": str(key_dir), "issuer_domain": domain})


def test_check_config_warns_when_no_signing_key_exists(tmp_path: Path) -> None:
    result = check_static(_settings(tmp_path / "none"), "config.toml")
    assert result.ok
    assert "no signing key" in result.detail and "endorsebot keys generate" in result.detail


def test_check_config_warns_when_the_issuer_domain_is_an_example_one(tmp_path: Path) -> None:
    generate_keypair(tmp_path / "keys")
    result = check_static(_settings(tmp_path / "keys", "badges.example.org"), "config.toml")
    assert "issuer_domain 'badges.example.org' is an example domain" in result.detail
    assert "no signing key" not in result.detail


def test_check_config_is_quiet_with_a_key_and_a_real_domain(tmp_path: Path) -> None:
    generate_keypair(tmp_path / "keys")
    result = check_static(_settings(tmp_path / "keys", "badges.acme-platform.com"), "config.toml")
    assert "signing key" not in result.detail and "issuer_domain" not in result.detail
