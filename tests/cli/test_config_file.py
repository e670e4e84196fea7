"""config.toml at the repository root, environment overrides, and secrets kept out of files."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import get_type_hints

import pytest

from bot.settings import ConfigError, Secret, Settings, load_settings
from tests.cli.conftest import FIXTURES, Cli

REPO_CONFIG = Path(__file__).resolve().parents[2] / "config.toml"


def settings_keys() -> set[tuple[str, str]]:
    """(table, key) for every setting a file may hold: all of them except the secrets."""
    keys = set()
    for table, cls in get_type_hints(Settings).items():
        for key, hint in get_type_hints(cls).items():
            if hint is not Secret:
                keys.add((table, key))
    return keys


def test_the_shipped_config_loads() -> None:
    settings = load_settings(REPO_CONFIG, environ={})

    assert settings.workflow.window_hours == 36
    assert (settings.evaluation.min_tools, settings.evaluation.min_metrics, settings.evaluation.min_tips) == (2, 3, 1)


def test_every_setting_appears_in_the_shipped_config() -> None:
    data = tomllib.loads(REPO_CONFIG.read_text(encoding="utf-8"))

    in_file = {(table, key) for table, values in data.items() for key in values}

    assert settings_keys() - in_file == set(), "add these keys, each with a comment, to config.toml"


def test_every_key_in_the_shipped_config_has_a_comment_just_above_it() -> None:
    lines = REPO_CONFIG.read_text(encoding="utf-8").splitlines()

    uncommented = [line for i, line in enumerate(lines)
                   if "=" in line and not line.startswith("#") and not lines[i - 1].startswith("#")]

    assert uncommented == []


def test_the_shipped_config_holds_no_secret() -> None:
    data = tomllib.loads(REPO_CONFIG.read_text(encoding="utf-8"))

    assert not any(key in {"password", "secret", "api_key"} for values in data.values() for key in values)


def test_the_shipped_config_uses_the_built_in_defaults_for_workflow_and_evaluation() -> None:
    shipped = load_settings(REPO_CONFIG, environ={})

    assert shipped.workflow == Settings().workflow
    assert shipped.evaluation == Settings().evaluation
    # The shipped relative path means "next to config.toml", whatever the working directory.
    assert shipped.database.url == f"sqlite+aiosqlite:///{REPO_CONFIG.parent / 'endorsebot.sqlite3'}"


def test_an_environment_variable_overrides_a_key_in_float_hours() -> None:
    settings = load_settings(REPO_CONFIG, environ={"ENDORSEBOT_WORKFLOW_WINDOW_HOURS": "0.5",
                                                   "ENDORSEBOT_WORKFLOW_REMINDER_HOURS_BEFORE": "0.25"})

    assert settings.workflow.window_hours == 0.5
    assert settings.workflow.reminder_hours_before == (0.25,)


def test_the_command_line_sees_environment_overrides(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENDORSEBOT_WORKFLOW_WINDOW_HOURS", "0.5")
    monkeypatch.setenv("ENDORSEBOT_WORKFLOW_REMINDER_HOURS_BEFORE", "0.25")

    result = cli("request", "--endorser", "alice@members.example", "--candidate", "gina@cand.example")

    assert result.code == 0, result.err
    assert "0.5-hour window" in result.out


def test_every_key_of_every_table_can_be_overridden_from_the_environment() -> None:
    defaults = Settings()
    environ = {}
    for table, key in settings_keys():
        value = getattr(getattr(defaults, table), key)
        if isinstance(value, bool):
            environ[f"ENDORSEBOT_{table}_{key}".upper()] = "false" if value else "true"
    settings = load_settings(REPO_CONFIG, environ=environ)

    for name in environ:
        table, key = next((t, k) for t, k in settings_keys() if f"ENDORSEBOT_{t}_{k}".upper() == name)
        assert getattr(getattr(settings, table), key) != getattr(getattr(defaults, table), key), name


def test_a_config_with_a_password_is_rejected_and_the_password_is_not_echoed(
        cli: Cli, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    code = main(["--config", str(FIXTURES / "config_with_password.toml"), "check-config"])

    captured = capsys.readouterr()
    assert code == 2
    assert "[smtp] password is a secret: set ENDORSEBOT_SMTP_PASSWORD instead" in captured.err
    assert "must-not-be-here" not in captured.out + captured.err


def test_secrets_come_from_the_environment_and_never_show_in_a_repr() -> None:
    settings = load_settings(REPO_CONFIG, environ={"ENDORSEBOT_IMAP_PASSWORD": "hunter2-imap"})

    assert settings.imap.password.value == "hunter2-imap"
    assert "hunter2-imap" not in repr(settings)


def test_a_missing_config_file_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "absent.toml")


def test_settings_tables_are_frozen() -> None:
    settings = load_settings(REPO_CONFIG, environ={})

    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.workflow.window_hours = 1  # type: ignore[misc]


def test_reminders_that_do_not_fit_a_short_window_are_skipped() -> None:
    settings = load_settings(None, {"ENDORSEBOT_WORKFLOW_WINDOW_HOURS": "0.5"})
    assert settings.workflow.window_hours == 0.5
    assert settings.workflow.reminder_schedule() == ()
    both = load_settings(None, {"ENDORSEBOT_WORKFLOW_REMINDER_HOURS_BEFORE": "24, 12, 40"})
    assert both.workflow.reminder_schedule() == (24.0, 12.0)
