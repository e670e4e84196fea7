"""Issue 10 item 15 (log scrubbing before JSON encoding and for a custom `api_key_env`): a careless operator.

A password holding a quote, a backslash or a control character was scrubbed from the JSON line only after
encoding, when JSON had written it escaped ('pa\\"ss'): the escaped secret went to the log whole. And only the
default variable names were scrubbed: an LLM key in the variable `[llm] api_key_env` names ("ACME_LLM_KEY"),
echoed back by a gateway's 401, was logged as it came. The daemon's log lines go through these formatters.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import logs
from bot.commands import run
from bot.settings import Settings

KEY = "sk-acme-0123456789abcdefghij"


@pytest.fixture(autouse=True)
def _logging_as_it_was(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    for name in ("_secret_env_vars", "_keep_addresses"):  # what setup sets, put back after each test
        if hasattr(logs, name):
            monkeypatch.setattr(logs, name, getattr(logs, name))
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.parametrize("secret", [
    'pa"ssword-1234', "pass\\word-1234", "pass\tword-1234", "pass\x01word-1234", "pass\nword-1234",
])
def test_a_password_json_would_escape_never_reaches_a_log_line(
        secret: str, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ENDORSEBOT_SMTP_PASSWORD", secret)
    logs.setup("INFO", json_lines=True)
    log = logging.getLogger("bot.adapters.smtp")
    log.error("535 authentication failed for %s", secret, extra={"sent": secret, "tried": [1, {"with": secret}]})
    try:
        raise RuntimeError(f"login refused: {secret}")
    except RuntimeError:
        log.exception("smtp login")

    err = capfd.readouterr().err
    assert secret not in err and json.dumps(secret)[1:-1] not in err
    lines = [json.loads(line) for line in err.splitlines()]
    assert lines[0]["msg"] == "535 authentication failed for ***"
    assert lines[0]["sent"] == "***" and lines[0]["tried"] == [1, {"with": "***"}]
    assert "login refused: ***" in lines[1]["exc"]


def test_the_key_in_the_variable_the_config_names_never_reaches_a_log_line(
        monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ACME_LLM_KEY", KEY)
    logs.setup("INFO", json_lines=False, secret_env_vars=("ACME_LLM_KEY",))
    logging.getLogger("bot.adapters.llm").error("401: Incorrect API key provided: %s", KEY)
    logs.setup("INFO", json_lines=True, secret_env_vars=("ACME_LLM_KEY",))
    logging.getLogger("bot.adapters.llm").error("401: Incorrect API key provided: %s", KEY)

    err = capfd.readouterr().err
    assert KEY not in err and err.count("Incorrect API key provided: ***") == 2


def test_the_daemon_scrubs_the_variable_its_config_names(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    """`endorsebot run` sets its logging up with `[llm] api_key_env`: a line the daemon logs is scrubbed."""
    monkeypatch.setenv("ACME_LLM_KEY", KEY)
    settings = Settings().replace(database={"url": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"},
                                  llm={"api_key_env": "ACME_LLM_KEY"})

    async def daemon(_settings: Settings, _source: str) -> int:  # the daemon's first log line, then a stop
        logging.getLogger("bot.adapters.llm").error("401: Incorrect API key provided: %s", KEY)
        return 0

    monkeypatch.setattr(run, "_main", daemon)
    assert run.run(argparse.Namespace(log_level="INFO", log_format="json"), settings) == 0

    err = capfd.readouterr().err
    assert KEY not in err and "Incorrect API key provided: ***" in err
