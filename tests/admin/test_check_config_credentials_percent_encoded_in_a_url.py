"""Attack (issue 10 item 15, red-team variants): a credential in a URL whose name or "=" is percent-encoded, or that
sits inside another parameter's encoded value. check-config masked "?password=...", "&apiKey=..." and their kin,
but printed 'postgresql://u:***@db.example/app?options=-c%20password%3Dpg-secret' (a setting passed to the server
in libpq's options, as sqlalchemy shows the URL), '?api%5Fkey=...' and '?access%5Ftoken=...' whole. A name may be
written with percent escapes and may follow an encoded space, "&" or ";" too."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.commands.check_config import scrub


@pytest.mark.parametrize(("text", "leak"), [
    ("database: postgresql://u:***@db.example/app?options=-c%20password%3Dpg-secret-1: refused", "pg-secret-1"),
    ("database: postgresql://u:***@db.example/app?options=-c+password%3Dpg-secret-2: refused", "pg-secret-2"),
    ("llm: https://llm.example/v1?api%5Fkey=enc-secret-3: 401", "enc-secret-3"),
    ("llm: https://llm.example/v1?x=1%26access_token%3Denc-secret-4: 401", "enc-secret-4"),
    ("llm: https://llm.example/v1?%6Bey=enc-secret-5: 401", "enc-secret-5"),
    ("llm: https://llm.example/v1?token=enc%2Dsecret%2D6: 401", "secret%2D6"),
])
def test_a_credential_written_with_percent_escapes_is_masked(text: str, leak: str) -> None:
    shown = scrub(text, [])
    assert leak not in shown and "***" in shown


@pytest.mark.parametrize("text", [
    "llm: https://llm.example/v1?model=gpt%2D4o&x=1: 200",
    "database: postgresql://db.example/app?options=-c%20search_path%3Dapp: ok",
])
def test_ordinary_encoded_values_are_left_alone(text: str) -> None:
    assert scrub(text, []) == text


def test_check_config_prints_no_password_passed_in_the_database_options(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[database]\nurl = "postgresql+asyncpg://u@127.0.0.1:1/app?options=-c%20password%3Dpg-secret-7"'
                      '\n[smtp]\nport = 9\ntimeout_s = 1.0\n[imap]\nport = 9\ntimeout_s = 1.0\n', encoding="utf-8")
    from bot.cli import main

    main(["--config", str(config), "check-config"])
    out = capsys.readouterr()
    assert "pg-secret-7" not in out.out + out.err
