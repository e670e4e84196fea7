"""Issue 10 item 15, a careless operator: a short bot secret, credentials written into a URL, and files full
of personal data written where a symlink waits or readable by everyone."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bot.commands.check_config import scrub
from bot.db.engine import Database
from bot.settings import ConfigError, load_settings
from tests.admin.cli_world import endorsebot, prepare
from tests.admin.test_privacy import GINA, gina_everywhere


def test_a_short_bot_secret_is_refused_when_settings_load() -> None:
    with pytest.raises(ConfigError, match="at least 32 characters"):
        load_settings(None, {"ENDORSEBOT_BOT_SECRET": "hunter2"})
    assert load_settings(None, {"ENDORSEBOT_BOT_SECRET": "x" * 32}).bot.secret


@pytest.mark.parametrize(("text", "leak"), [
    ("llm: http://user:s3cr3t-pass@127.0.0.1:9/v1: connection refused", "s3cr3t-pass"),
    ("database: postgresql://bot:pg-pass@db.internal/endorse", "pg-pass"),
    ("llm: https://llm.example/v1?api_key=sk-live-123&x=1: 401", "sk-live-123"),
    ("llm: https://llm.example/v1?token=tok-456: 401", "tok-456"),
])
def test_check_config_never_prints_credentials_written_into_a_url(text: str, leak: str) -> None:
    shown = scrub(text, [])
    assert leak not in shown and "***" in shown


def test_check_config_output_hides_a_password_in_the_llm_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[database]\nurl = "sqlite+aiosqlite:///{tmp_path / "bot.sqlite3"}"\n'
        '[smtp]\nport = 9\ntimeout_s = 1.0\n[imap]\nport = 9\ntimeout_s = 1.0\nusername = "bot"\n'
        '[classifier]\nmode = "llm"\n'
        '[llm]\nbase_url = "http://alice:very-secret-pw@127.0.0.1:9/v1"\ntimeout_s = 1.0\nmax_retries = 0\n',
        encoding="utf-8")
    monkeypatch.setenv("ENDORSEBOT_LLM_API_KEY", "k")
    from bot.cli import main

    main(["--config", str(config), "check-config"])
    out = capsys.readouterr()
    assert "very-secret-pw" not in out.out + out.err


def test_export_person_writes_its_file_for_the_owner_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prepare(tmp_path, gina_everywhere)
    output = tmp_path / "gina.json"
    output.write_text("old", encoding="utf-8")
    output.chmod(0o644)  # an existing world-readable file must not stay so
    assert endorsebot(tmp_path, "export-person", GINA, "--output", str(output), monkeypatch=monkeypatch) == 0
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert GINA in output.read_text(encoding="utf-8")


def test_export_person_refuses_to_write_through_a_symlink(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prepare(tmp_path, gina_everywhere)
    victim = tmp_path / "authorized_keys"
    victim.write_text("ssh-ed25519 AAAA admin\n", encoding="utf-8")
    link = tmp_path / "export.json"
    os.symlink(victim, link)
    assert endorsebot(tmp_path, "export-person", GINA, "--output", str(link), monkeypatch=monkeypatch) == 2
    assert victim.read_text(encoding="utf-8") == "ssh-ed25519 AAAA admin\n"
    assert "symbolic link" in capsys.readouterr().err


async def test_the_database_file_is_created_for_the_owner_alone(tmp_path: Path) -> None:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    try:
        await db.create_schema()
    finally:
        await db.close()
    files = [p for p in tmp_path.iterdir() if p.name.startswith("bot.sqlite3")]
    assert files and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)


async def test_a_symlink_in_place_of_the_database_file_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.sqlite3"
    os.symlink(elsewhere, tmp_path / "bot.sqlite3")
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    try:
        with pytest.raises(Exception, match="symbolic link"):
            await db.create_schema()
    finally:
        await db.close()
    assert not elsewhere.exists()


def test_the_key_folder_is_owner_only_and_never_a_planted_symlink(tmp_path: Path) -> None:
    from bot.credentials import generate_keypair
    from bot.host.private_files import UnsafePath

    existing = tmp_path / "keys"
    existing.mkdir(mode=0o755)
    existing.chmod(0o755)
    generate_keypair(existing)
    assert stat.S_IMODE(existing.stat().st_mode) == 0o700
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, tmp_path / "planted")
    with pytest.raises(UnsafePath):
        generate_keypair(tmp_path / "planted")
    assert list(elsewhere.iterdir()) == []
