"""Every command ends in one line and a documented exit status, never a traceback (0 ok, 1 failed,
2 usage or configuration). Settings are checked when loaded; read-only commands create nothing."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import FIXTURES, Cli, write_config

MAIL = tuple(sorted(str(p) for p in (FIXTURES.parents[1] / "fixtures" / "mail").glob("*.eml")))


def _one_line(text: str) -> bool:
    return text.count("\n") == 1 and "Traceback" not in text


@pytest.mark.parametrize(("variable", "value", "says"), [
    ("ENDORSEBOT_DIGEST_HOUR", "25", "[digest] hour must be between 0 and 23, not 25"),
    ("ENDORSEBOT_DIGEST_TIMEZONE", "Mars/Olympus_Mons", "[digest] timezone 'Mars/Olympus_Mons' is not a known"),
    ("ENDORSEBOT_DATABASE_URL", "mysql://bot@db/endorse", "url scheme 'mysql' is not supported"),
    ("ENDORSEBOT_DATABASE_URL", "not a url at all", "[database] url is not a database URL"),
    ("ENDORSEBOT_IMAP_PORT", "143000", "[imap] port must be between 1 and 65535"),
    ("ENDORSEBOT_WORKFLOW_WINDOW_HOURS", "nan", "[workflow] window_hours must be a finite number"),
    ("ENDORSEBOT_WORKFLOW_SWEEP_INTERVAL_S", "0", "[workflow] sweep_interval_s must be between"),
    ("ENDORSEBOT_LLM_TEMPERATURE", "7", "[llm] temperature must be between 0 and 2"),
    ("ENDORSEBOT_ADMINS_ADDRESSES", "admin@x.org,not-an-address", "'not-an-address' is not an email address"),
])
def test_a_bad_setting_is_one_configuration_line_and_exit_2(cli: Cli, monkeypatch: pytest.MonkeyPatch,
                                                             variable: str, value: str, says: str) -> None:
    monkeypatch.setenv(variable, value)

    result = cli("list")

    assert result.code == 2
    assert says in result.err and result.err.startswith("endorsebot: configuration error: ")
    assert _one_line(result.err)


def test_a_directory_given_as_config_is_a_configuration_error(cli: Cli, tmp_path: Path) -> None:
    result = cli("--config", str(tmp_path), "list")

    assert result.code == 2
    assert f"config file {tmp_path} is a directory" in result.err and _one_line(result.err)


def test_a_database_path_that_is_a_directory_is_refused(cli: Cli, config_path: Path, tmp_path: Path) -> None:
    write_config(config_path, tmp_path)

    result = cli("list")

    assert result.code == 2 and "which is a directory" in result.err


def test_endorsebot_config_names_the_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    config = write_config(tmp_path / "elsewhere.toml", tmp_path / "named.sqlite3")
    monkeypatch.setenv("ENDORSEBOT_CONFIG", str(config))

    assert main(["migrate"]) == 0
    assert (tmp_path / "named.sqlite3").exists()


def test_relative_paths_in_the_config_are_relative_to_the_config_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.cli import main

    folder = tmp_path / "etc"
    folder.mkdir()
    (folder / "config.toml").write_text('[database]\nurl = "sqlite:///data/bot.sqlite3"\n'
                                        '[credentials]\nkey_dir = "keys"\n', encoding="utf-8")
    (folder / "data").mkdir()
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)

    assert main(["--config", str(folder / "config.toml"), "migrate"]) == 0
    assert (folder / "data" / "bot.sqlite3").exists()
    assert list(elsewhere.iterdir()) == []
    from bot.settings import load_settings
    assert load_settings(folder / "config.toml", environ={}).credentials.key_dir == str(folder / "keys")


@pytest.mark.parametrize("argv", [
    ("status", "1234567890123456789012345"),
    ("status", "eleven"),
    ("withdraw", "-3"),
    ("review", "approve", "#x"),
    ("list", "--limit", "0"),
    ("list", "--status", "lost"),
    ("no-such-command",),
])
def test_bad_arguments_are_one_line_and_exit_2(cli: Cli, argv: tuple[str, ...]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli(*argv)

    assert stopped.value.code == 2


def test_a_usage_error_names_the_command_and_help_in_one_line(config_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "bot", "--config", str(config_path), "status", "1" * 25],
                          capture_output=True, text=True, timeout=60)

    assert done.returncode == 2
    assert done.stderr == ("endorsebot: status: argument ID: '1111111111111111111111111' is not a request id "
                           "(a number such as 11 or #11) (see `endorsebot status --help`)\n")


def test_an_id_may_be_written_as_listings_print_it(cli: Cli, new_request) -> None:
    request_id = new_request()

    result = cli("status", f"#{request_id}", "--format", "json")

    assert result.code == 0 and result.json()["id"] == request_id


@pytest.mark.parametrize("argv", [
    ("status", "1"), ("list",), ("review", "list"), ("digest", "--preview"), ("export", "1"), ("withdraw", "1"),
    ("review", "approve", "1"),
])
def test_commands_that_need_data_never_create_a_database(cli: Cli, db_path: Path, argv: tuple[str, ...]) -> None:
    result = cli(*argv)

    assert result.code == 1
    assert f"no database at {db_path}" in result.err and _one_line(result.err)
    assert not db_path.exists()


def _closed_pipe(config: Path, *argv: str) -> subprocess.CompletedProcess[bytes]:
    """Run the command with its stdout's reader already gone, as `| head -1` leaves it."""
    process = subprocess.Popen([sys.executable, "-m", "bot", "--config", str(config), *argv],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy())
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read()
    return subprocess.CompletedProcess(process.args, process.wait(timeout=60), b"", err)


@pytest.mark.parametrize("argv", [
    ("list",), ("list", "--format", "json"), ("status", "1"), ("review", "list"), ("digest", "--preview"),
    ("check-config",), ("evaluate", *MAIL),
])
def test_a_closed_pipe_ends_quietly_with_status_0(cli: Cli, config_path: Path, new_request,
                                                   argv: tuple[str, ...]) -> None:
    new_request()

    done = _closed_pipe(config_path, *argv)

    assert done.stderr == b""
    assert done.returncode == 0


def test_demo_refuses_to_replace_a_database_it_did_not_write(cli: Cli, db_path: Path, new_request) -> None:
    new_request()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()

    result = cli("demo", "--db", str(db_path))

    assert result.code == 2
    assert "exists and is not a demo database" in result.err and _one_line(result.err)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_demo_may_replace_its_own_earlier_database(tmp_path: Path) -> None:
    from bot.commands.demo import _mark_as_demo, _refusal

    earlier = tmp_path / "demo.sqlite3"
    _mark_as_demo(earlier)

    assert _refusal(earlier) is None
    assert _refusal(tmp_path) is not None  # a directory never


def test_an_output_file_that_cannot_be_written_is_one_line_and_exit_1(cli: Cli, tmp_path: Path) -> None:
    cli("migrate")

    result = cli("digest", "--preview", "--output", str(tmp_path / "no-such-folder" / "digest.html"))

    assert result.code == 1
    assert result.err == f"endorsebot: cannot write {tmp_path / 'no-such-folder' / 'digest.html'}: " \
                         "No such file or directory\n"


def test_an_output_file_is_private_and_never_written_through_a_symlink(cli: Cli, tmp_path: Path) -> None:
    cli("migrate")
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me", encoding="utf-8")
    (tmp_path / "planted.html").symlink_to(target)

    planted = cli("digest", "--preview", "--output", str(tmp_path / "planted.html"))
    written = cli("digest", "--preview", "--output", str(tmp_path / "digest.html"))

    assert planted.code == 1 and "it is a symbolic link" in planted.err
    assert target.read_text(encoding="utf-8") == "keep me"
    assert written.code == 0 and (tmp_path / "digest.html").stat().st_mode & 0o777 == 0o600
