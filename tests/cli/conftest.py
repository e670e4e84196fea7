"""The admin command line, driven through bot.cli.main exactly as a shell would, on a temporary SQLite file.

Each test gets its own folder as the working directory (so the repository's config.toml is never
picked up by accident), a config file pointing at a fresh database there, and an environment with
no ENDORSEBOT_* variables except those the test sets.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ENDORSER = "alice@members.example"
CANDIDATE = "gina@cand.example"


@dataclass(frozen=True, slots=True)
class Outcome:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def json_lines(self) -> list[Any]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


Cli = Callable[..., Outcome]


def write_config(path: Path, db_path: Path, extra: str = "") -> Path:
    path.write_text(
        '[bot]\naddress = "bot@bot.test"\n'
        f'[database]\nurl = "sqlite+aiosqlite:///{db_path}"\n'
        '[admins]\naddresses = ["admin@admin.test"]\n' + extra,
        encoding="utf-8",
    )
    return path


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith("ENDORSEBOT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "endorsebot.sqlite3"


@pytest.fixture
def config_path(tmp_path: Path, db_path: Path) -> Path:
    return write_config(tmp_path / "config.toml", db_path)


@pytest.fixture
def cli(config_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """``cli("status", "1", "--format", "json")`` runs `endorsebot --config <tmp> status 1 --format json`."""

    def run(*argv: str) -> Outcome:
        capsys.readouterr()  # forget output of anything before
        code = main(["--config", str(config_path), *argv])
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


@pytest.fixture
def new_request(cli: Cli) -> Callable[..., int]:
    """Creates a request through the CLI and returns its id."""

    def create(candidate: str = CANDIDATE, endorser: str = ENDORSER, *extra: str) -> int:
        result = cli("request", "--endorser", endorser, "--candidate", candidate, *extra, "--format", "json")
        assert result.code == 0, result.err
        return int(result.json()["id"])

    return create
