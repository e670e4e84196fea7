"""`endorsebot check-config`: validates the config and tries SMTP, IMAP and the database, never printing secrets.

The servers are the sandbox's real ones (aiosmtpd behind SmtpFront, pymap behind ImapSandbox) on loopback,
run on an event loop in a background thread because the command runs its own with asyncio.run.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.sandbox.imap import ImapSandbox
from bot.sandbox.smtp import SmtpFront
from tests.cli.conftest import Cli, write_config
from tests.llm.fake_server import FakeChatServer, running_server

BOT = "bot@bot.test"
SMTP_PASSWORD = "smtp-Pa55-word-7"
IMAP_PASSWORD = "imap-Pa55-word-9"


@dataclass(frozen=True, slots=True)
class Servers:
    smtp_port: int
    imap_port: int


class BackgroundLoop:
    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=30)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        self.loop.close()


@pytest.fixture
def servers() -> Iterator[Servers]:
    background = BackgroundLoop()
    imap = ImapSandbox({BOT: IMAP_PASSWORD})

    async def deliver(envelope_from: str, recipient: str, data: bytes) -> None:
        await imap.deliver(envelope_from, recipient, data)

    smtp = SmtpFront(deliver=deliver, local_domains=frozenset({"bot.test"}), users={BOT: SMTP_PASSWORD})
    try:
        yield Servers(smtp_port=background.run(smtp.start()), imap_port=background.run(imap.start()))
    finally:
        background.run(smtp.stop())
        background.run(imap.stop())
        background.close()


def servers_config(config_path: Path, db_path: Path, servers: Servers, *, imap_port: int | None = None) -> None:
    write_config(config_path, db_path, extra=(
        f'[smtp]\nhost = "127.0.0.1"\nport = {servers.smtp_port}\nsecurity = "none"\nusername = "{BOT}"\n'
        f'timeout_s = 5.0\n'
        f'[imap]\nhost = "127.0.0.1"\nport = {imap_port or servers.imap_port}\nsecurity = "none"\n'
        f'username = "{BOT}"\ntimeout_s = 5.0\n'))


def lines_by_check(out: str) -> dict[str, str]:
    return {line.split()[0]: line for line in out.splitlines() if line.strip()}


@pytest.fixture
def passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENDORSEBOT_SMTP_PASSWORD", SMTP_PASSWORD)
    monkeypatch.setenv("ENDORSEBOT_IMAP_PASSWORD", IMAP_PASSWORD)


def test_all_ok_against_working_servers(cli: Cli, config_path: Path, db_path: Path, servers: Servers,
                                        passwords: None) -> None:
    servers_config(config_path, db_path, servers)
    assert cli("migrate").code == 0

    result = cli("check-config")

    assert result.code == 0, result.out
    checks = lines_by_check(result.out)
    assert list(checks) == ["config", "security", "smtp", "imap", "database"]
    assert all(line.split()[1] == "ok" for line in checks.values()), result.out
    assert "logged in" in checks["smtp"]
    assert "selected 'INBOX' (UIDVALIDITY" in checks["imap"]
    assert "(newest)" in checks["database"]


def test_wrong_passwords_fail_with_a_reason_and_are_never_printed(
        cli: Cli, config_path: Path, db_path: Path, servers: Servers, monkeypatch: pytest.MonkeyPatch) -> None:
    servers_config(config_path, db_path, servers)
    monkeypatch.setenv("ENDORSEBOT_SMTP_PASSWORD", "wrong-smtp-secret")
    monkeypatch.setenv("ENDORSEBOT_IMAP_PASSWORD", "wrong-imap-secret")

    result = cli("check-config")

    assert result.code == 1
    checks = lines_by_check(result.out)
    assert checks["smtp"].split()[1] == "FAILED" and "535" in checks["smtp"]
    assert checks["imap"].split()[1] == "FAILED"
    assert f"127.0.0.1:{servers.imap_port}" in checks["imap"]
    for secret in ("wrong-smtp-secret", "wrong-imap-secret", SMTP_PASSWORD, IMAP_PASSWORD):
        assert secret not in result.out + result.err


def test_an_unreachable_server_names_where_it_looked(cli: Cli, config_path: Path, db_path: Path, servers: Servers,
                                                    passwords: None) -> None:
    background = BackgroundLoop()
    closed = ImapSandbox({})
    port = background.run(closed.start())
    background.run(closed.stop())  # a port that was just free: nothing listens there now
    background.close()
    servers_config(config_path, db_path, servers, imap_port=port)

    result = cli("check-config", "--format", "json")

    assert result.code == 1
    by_name = {check["name"]: check for check in result.json()}
    assert by_name["imap"]["ok"] is False
    assert f"127.0.0.1:{port}" in by_name["imap"]["detail"]
    assert by_name["smtp"]["ok"] is True


def test_config_problems_the_loader_cannot_see_are_reported(cli: Cli, config_path: Path, db_path: Path) -> None:
    write_config(config_path, db_path, extra='[smtp]\nusername = "bot@bot.test"\n')

    result = cli("check-config")

    assert result.code == 1
    config_line = lines_by_check(result.out)["config"]
    assert "FAILED" in config_line
    assert "[smtp] username is set but ENDORSEBOT_SMTP_PASSWORD is empty" in config_line
    assert "[imap] username is empty" in config_line


def test_an_unknown_time_zone_is_a_configuration_error_in_one_line(cli: Cli, config_path: Path,
                                                                     db_path: Path) -> None:
    write_config(config_path, db_path, extra='[workflow]\ntimezone = "Mars/Olympus_Mons"\n')

    result = cli("check-config")

    assert result.code == 2
    assert result.err == ("endorsebot: configuration error: [workflow] timezone 'Mars/Olympus_Mons' is not a "
                          "known IANA time zone (e.g. 'Europe/Paris')\n")


def test_the_database_check_changes_nothing(cli: Cli, db_path: Path) -> None:
    result = cli("check-config")

    assert "file does not exist yet" in lines_by_check(result.out)["database"]
    assert not db_path.exists()


def test_a_database_password_is_hidden(cli: Cli, config_path: Path, db_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENDORSEBOT_DATABASE_URL", "postgresql://endorsebot:db-Secret-42@127.0.0.1:1/endorsebot")

    result = cli("check-config")

    database = lines_by_check(result.out)["database"]
    assert "FAILED" in database and "127.0.0.1:1" in database
    assert "db-Secret-42" not in result.out + result.err


@pytest.fixture
def llm_server() -> Iterator[FakeChatServer]:
    with running_server() as server:
        yield server


def test_with_an_llm_configured_the_server_is_asked_for_the_model_without_spending_tokens(
        cli: Cli, config_path: Path, db_path: Path, llm_server: FakeChatServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENDORSEBOT_LLM_API_KEY", "sk-check-0123456789SECRET")
    write_config(config_path, db_path, extra=(
        f'[classifier]\nmode = "both"\n[llm]\nbase_url = "{llm_server.base_url}"\nmodel = "judge-model"\n'))

    ok = lines_by_check(cli("check-config").out)["llm"]
    llm_server.models = ("another-model",)
    missing = lines_by_check(cli("check-config").out)["llm"]
    llm_server.models_status = 401
    refused = cli("check-config")

    assert ok.split()[1] == "ok" and "model judge-model offered" in ok
    assert "FAILED" in missing and "'judge-model' not among: another-model" in missing
    assert "FAILED" in lines_by_check(refused.out)["llm"] and "HTTP 401" in refused.out
    assert "sk-check-0123456789SECRET" not in refused.out + refused.err
    assert all(r.path.endswith("/models") for r in llm_server.requests)  # no chat completion: nothing billed
    assert llm_server.requests[0].headers["authorization"] == "Bearer sk-check-0123456789SECRET"


def test_rules_mode_does_not_check_an_llm(cli: Cli, config_path: Path, db_path: Path) -> None:
    write_config(config_path, db_path, extra='[classifier]\nmode = "rules"\n')

    assert "llm" not in lines_by_check(cli("check-config").out)


def test_a_local_model_server_needs_no_key_but_openai_does(cli: Cli, config_path: Path, db_path: Path,
                                                          llm_server: FakeChatServer) -> None:
    write_config(config_path, db_path, extra=(
        f'[classifier]\nmode = "llm"\n[llm]\nbase_url = "{llm_server.base_url}"\nmodel = "judge-model"\n'))
    local = cli("check-config")
    write_config(config_path, db_path,
                 extra='[classifier]\nmode = "llm"\n[llm]\nbase_url = "https://api.openai.com/v1"\n')
    remote = lines_by_check(cli("check-config").out)

    assert lines_by_check(local.out)["llm"].split()[1] == "ok"
    assert "ENDORSEBOT_LLM_API_KEY is empty" not in lines_by_check(local.out)["config"]
    assert "FAILED" in remote["config"] and "ENDORSEBOT_LLM_API_KEY is empty" in remote["config"]
    assert "not tried" in remote["llm"]  # no request leaves the machine without a key
