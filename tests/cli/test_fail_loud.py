"""`endorsebot run` fails loud: a refused login or an unwritable database ends in an alert to the admins
(through whatever still works) and a non-zero exit status, so a supervisor restarts or pages.

Each test starts the real command in its own process against real servers: Dovecot (IMAP, and the
admins' mailbox) and an SMTP front delivering into it.
"""

from __future__ import annotations

import asyncio
import email
import json
import os
import sqlite3
import sys
from email.message import Message
from pathlib import Path

import pytest

from bot.cli import main
from bot.sandbox.smtp import SmtpFront
from tests.cli.conftest import CANDIDATE, ENDORSER, Cli
from tests.servers.dovecot import DovecotServer
from tests.servers.fixtures import LOCAL_DOMAINS, MailServers

# A bound on the whole run, not a timing assertion: three quick retries take a few seconds.
RUN_BOUND_S = 90.0


def _daemon_config(path: Path, db: str, servers: MailServers, bot: str, admin: str, smtp_user: str = "") -> Path:
    path.write_text(
        f'[bot]\naddress = "{bot}"\n'
        f'[database]\nurl = "{db}"\n'
        f'[admins]\naddresses = ["{admin}"]\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {servers.smtp_port}\nusername = "{smtp_user}"\n'
        f'[imap]\nhost = "127.0.0.1"\nport = {servers.dovecot.imap_port}\nusername = "{bot}"\ntimeout_s = 5.0\n'
        '[daemon]\nfatal_attempts = 3\nfatal_retry_base_s = 0.2\n',
        encoding="utf-8",
    )
    return path


async def _run_daemon(config: Path, **env: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--config", str(config), "run", "--log-format", "json",
        env={**os.environ, **env}, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, err = await asyncio.wait_for(process.communicate(), RUN_BOUND_S)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise AssertionError("the daemon kept running although it could not work") from None
    assert process.returncode is not None
    return process.returncode, err.decode()


def _mail_in(dovecot: DovecotServer, address: str) -> list[Message]:
    new = dovecot.maildir(address) / "new"
    return [email.message_from_bytes(p.read_bytes()) for p in sorted(new.iterdir())] if new.is_dir() else []


def _accounts(dovecot: DovecotServer, name: str) -> tuple[str, str]:
    bot, admin = f"{name}-bot@bot.test", f"{name}-admin@admin.test"
    dovecot.add_users({bot: "right-password", admin: "admin-password"})
    return bot, admin


async def test_imap_login_refused_alerts_the_admins_and_exits_non_zero(
        mail_servers: MailServers, tmp_path: Path) -> None:
    bot, admin = _accounts(mail_servers.dovecot, "imaprefused")
    config = _daemon_config(tmp_path / "config.toml", f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
                            mail_servers, bot, admin)

    code, log = await _run_daemon(config, ENDORSEBOT_IMAP_PASSWORD="wrong-password")

    assert code == 1, log
    start = json.loads(log.splitlines()[0])
    assert start["msg"] == "starting" and start["config"] == str(config) and start["version"]
    assert start["imap"].startswith("127.0.0.1:") and start["database"].endswith("bot.sqlite3")
    assert "alembic" not in log  # library noise only at --log-level debug
    assert "IMAP login refused" in log
    assert '"level": "critical"' in log
    assert "wrong-password" not in log
    alerts = _mail_in(mail_servers.dovecot, admin)
    assert len(alerts) == 1
    assert "[endorsebot alert] daemon stopped" in str(alerts[0]["Subject"])
    body = alerts[0].get_payload(decode=True)
    assert isinstance(body, bytes)
    assert b"IMAP server refused the bot's login" in body


async def test_smtp_login_refused_keeps_mail_queued_records_an_alert_and_exits_non_zero(
        mail_servers: MailServers, tmp_path: Path, db_path: Path) -> None:
    bot, admin = _accounts(mail_servers.dovecot, "smtprefused")
    guarded = SmtpFront(deliver=mail_servers.dovecot.deliver, local_domains=LOCAL_DOMAINS,
                        users={bot: "smtp-password"})
    await guarded.start()
    try:
        config = _daemon_config(tmp_path / "daemon.toml", f"sqlite+aiosqlite:///{db_path}",
                                MailServers(mail_servers.dovecot, guarded), bot, admin, smtp_user=bot)
        # A request queued by the CLI waits in the outbox when the daemon starts.
        argv = ["--config", str(config), "request", "--endorser", ENDORSER, "--candidate", CANDIDATE]
        assert await asyncio.to_thread(main, argv) == 0
        code, log = await _run_daemon(config, ENDORSEBOT_IMAP_PASSWORD="right-password",
                                      ENDORSEBOT_SMTP_PASSWORD="revoked-password")
    finally:
        await guarded.stop()

    assert code == 1, log
    assert "SMTP login refused" in log
    assert "revoked-password" not in log
    assert guarded.accepted == []
    with sqlite3.connect(db_path) as db:
        outbox = db.execute("SELECT kind, status, attempts FROM outbound_message").fetchall()
        alerts = db.execute("SELECT kind, summary FROM alert").fetchall()
        requests = db.execute("SELECT status FROM endorsement_request").fetchall()
    # No row is blamed for our password: the request email waits, untried, for a daemon that can send.
    assert ("request", "pending", 0) in outbox
    assert requests == [("requested",)]
    assert [kind for kind, _ in alerts] == ["daemon_stopped"]
    assert "SMTP server refused the bot's login" in alerts[0][1]


async def test_database_that_cannot_be_written_is_mailed_straight_to_the_admins(
        mail_servers: MailServers, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bot, admin = _accounts(mail_servers.dovecot, "readonlydb")
    db_file = tmp_path / "ro.sqlite3"
    writable = _daemon_config(tmp_path / "rw.toml", f"sqlite:///{db_file}", mail_servers, bot, admin)
    assert await asyncio.to_thread(main, ["--config", str(writable), "migrate"]) == 0
    # SQLite itself refuses every write (mode=ro): the run as root ignores file permissions.
    read_only = f"sqlite+aiosqlite:///file:{db_file}?mode=ro&uri=true"
    config = _daemon_config(tmp_path / "ro.toml", read_only, mail_servers, bot, admin)

    code, log = await _run_daemon(config, ENDORSEBOT_IMAP_PASSWORD="right-password")

    assert code == 1, log
    assert "readonly database" in log
    alerts = _mail_in(mail_servers.dovecot, admin)
    assert len(alerts) == 1
    body = alerts[0].get_payload(decode=True)
    assert isinstance(body, bytes)
    assert b"the database cannot be written" in body
    # check-config names the same condition, without changing anything.
    capsys.readouterr()
    checked = await asyncio.to_thread(main, ["--config", str(config), "check-config", "--format", "json"])
    database = next(check for check in json.loads(capsys.readouterr().out) if check["name"] == "database")
    assert checked == 1
    assert database["ok"] is False and "the database cannot be written" in database["detail"]


def test_a_second_daemon_on_the_same_sqlite_file_refuses_to_start(cli: Cli, db_path: Path) -> None:
    from bot.host import instance_lock

    first = instance_lock.acquire(f"sqlite+aiosqlite:///{db_path}")
    assert first is not None
    try:
        result = cli("run")
    finally:
        first.release()
    assert result.code == 1
    assert result.err.count("\n") == 1
    assert "another endorsebot daemon" in result.err and str(db_path) in result.err
    assert not db_path.exists()  # refused before touching the database


@pytest.mark.parametrize("url", ["postgresql+asyncpg://u@127.0.0.1/test", "sqlite+aiosqlite:///:memory:"])
def test_databases_shared_by_design_take_no_file_lock(url: str) -> None:
    from bot.host import instance_lock

    assert instance_lock.acquire(url) is None


def test_check_config_names_the_daemon_holding_the_sqlite_file(cli: Cli, db_path: Path) -> None:
    import os

    from bot.host import instance_lock

    assert cli("migrate").code == 0
    running = instance_lock.acquire(f"sqlite+aiosqlite:///{db_path}")
    assert running is not None
    try:
        checks = cli("check-config", "--format", "json").json()
    finally:
        running.release()
    [database] = [c for c in checks if c["name"] == "database"]
    assert f"a daemon (pid {os.getpid()}) runs on this file" in database["detail"]
    after = cli("check-config", "--format", "json").json()
    assert "a daemon" not in next(c for c in after if c["name"] == "database")["detail"]


def test_a_part_that_works_again_after_retries_logs_its_recovery(caplog: pytest.LogCaptureFixture) -> None:
    from bot.daemon import _FailureBudget
    from bot.settings import DaemonSettings

    budget = _FailureBudget("smtp", DaemonSettings(fatal_attempts=3, fatal_retry_base_s=0.0))
    with caplog.at_level("INFO", logger="endorsebot.daemon"):
        budget.failed("SMTP login refused: 535 try again")
        budget.ok()
        budget.ok()  # nothing to recover from the second time
    assert [r.getMessage() for r in caplog.records] == ["smtp failed; retrying", "smtp recovered"]
