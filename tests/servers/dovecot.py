"""A private, real Dovecot (IMAP + LMTP) for tests: its own config, ports, users and maildirs.

Started with ``dovecot -F -c FILE`` from a temp folder so it never touches the machine's own Dovecot
(or needs it to run). ``-F`` keeps the master in the foreground of a new session, so ``kill()`` can
take down the master *and* its imap children at once, which is what a crashed or rebooted server
looks like to a client.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import pwd
import secrets
import shutil
import signal
import smtplib
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.servers.ports import free_port, wait_until_listening

# Mail is written as this unprivileged user (Dovecot refuses to store mail as root).
MAIL_USER = "endorsebot-mail"
START_TIMEOUT_S = 15.0
# Accounts created ahead of time: Dovecot re-reads the passwd-file at most once a second, so an
# account added while it runs costs up to a second's wait before it can log in.
SPARE_ACCOUNTS = 100
STOP_TIMEOUT_S = 15.0


class DovecotError(RuntimeError):
    """Dovecot is missing, failed to start or failed to stop; the message includes its log tail."""


@dataclass(frozen=True, slots=True)
class Account:
    address: str
    password: str


def _mail_owner() -> pwd.struct_passwd:
    """The account that owns the maildirs: created once as a system user when we are root."""
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid())
    try:
        return pwd.getpwnam(MAIL_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", MAIL_USER],
            check=True,
            capture_output=True,
        )
        return pwd.getpwnam(MAIL_USER)


def _oauth2_passdb(root: Path, introspection_url: str | None) -> tuple[str, str]:
    """(mechanisms, passdb block): with an introspection URL, XOAUTH2 and OAUTHBEARER logins are checked
    by Dovecot's oauth2 passdb against it (RFC 7662, POST token=...); passwords by the passwd-file."""
    if introspection_url is None:
        return "plain login", ""
    (root / "oauth2.conf.ext").write_text(
        f"introspection_mode = post\nintrospection_url = {introspection_url}\nusername_attribute = username\n"
        "active_attribute = active\nactive_value = true\nforce_introspection = yes\n")
    block = f"""passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/oauth2.conf.ext
}}
"""
    return "plain login xoauth2 oauthbearer", block


def _config(root: Path, imap_port: int, lmtp_port: int, owner: pwd.struct_passwd,
            introspection_url: str | None = None) -> str:
    # Service users: Debian's package accounts when root; ourselves otherwise (Dovecot then runs
    # every process as the current user).
    internal, login = ("dovecot", "dovenull") if os.geteuid() == 0 else (owner.pw_name, owner.pw_name)
    mechanisms, oauth2_passdb = _oauth2_passdb(root, introspection_url)
    # Beside the oauth2 passdb, passwords only for the password mechanisms: a token is never taken for one.
    password_mechanisms = "\n  mechanisms = plain login" if oauth2_passdb else ""
    return f"""\
protocols = imap lmtp
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
default_internal_user = {internal}
default_login_user = {login}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
# Tests log in with wrong passwords on purpose; Dovecot's default 2 s penalty only slows them down.
auth_failure_delay = 0
mail_location = maildir:~/Maildir
# Plus-addressing, as real deployments have it: bot+TOKEN@domain is delivered to bot@domain.
recipient_delimiter = +
first_valid_uid = {owner.pw_uid}
first_valid_gid = {owner.pw_gid}
{oauth2_passdb}passdb {{
  driver = passwd-file{password_mechanisms}
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/users
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
# Anvil's per-IP login penalty (up to 15 s) would make one wrong-password test slow down every
# later login from 127.0.0.1.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {lmtp_port}
  }}
}}
"""


class DovecotServer:
    """One Dovecot instance. ``start()``/``stop()`` are blocking; ``deliver()`` is async (LMTP)."""

    def __init__(self, root: Path | None = None, *, oauth2_introspection_url: str | None = None) -> None:
        """``oauth2_introspection_url`` also takes XOAUTH2/OAUTHBEARER logins, checked against it."""
        binary = shutil.which("dovecot") or next(
            (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if Path(p).exists()), None
        )
        if binary is None:
            raise DovecotError(
                "dovecot is not installed: run scripts/install-system-deps.sh "
                "(Debian packages dovecot-imapd, dovecot-lmtpd)"
            )
        self.binary = binary
        self.root = Path(root or tempfile.mkdtemp(prefix="endorsebot-dovecot-"))
        self.host = "127.0.0.1"
        self.imap_port = free_port()
        self.lmtp_port = free_port()
        self._owner = _mail_owner()
        self._introspection_url = oauth2_introspection_url
        self._users: dict[str, str] = {}
        self._spares: list[Account] = []
        self._serial = itertools.count(1)
        self._process: subprocess.Popen[bytes] | None = None
        self._prepare()
        self._provision_spares()

    # -- files ---------------------------------------------------------------------------------

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    def _prepare(self) -> None:
        # Login and auth processes run as other users and must be able to reach base_dir.
        self.root.chmod(0o755)
        (self.root / "mail").mkdir(exist_ok=True)
        os.chown(self.root / "mail", self._owner.pw_uid, self._owner.pw_gid)
        self.config_path.write_text(_config(self.root, self.imap_port, self.lmtp_port, self._owner,
                                            self._introspection_url))
        self._write_users()

    def _write_users(self) -> None:
        # passwd-file: user:{PLAIN}password:uid:gid::home  (Dovecot re-reads it when it changes)
        lines = [
            f"{address}:{{PLAIN}}{password}:{self._owner.pw_uid}:{self._owner.pw_gid}::"
            f"{self.root / 'mail' / address}::\n"
            for address, password in self._users.items()
        ]
        tmp = self.root / "users.tmp"
        tmp.write_text("".join(lines))
        tmp.chmod(0o644)
        tmp.replace(self.root / "users")

    def add_users(self, users: dict[str, str]) -> None:
        """Create (or change the password of) accounts: address -> password. Returns once a
        running Dovecot accepts them."""
        for address, password in users.items():
            if ":" in address or ":" in password or "\n" in address + password:
                raise ValueError("addresses and passwords must not contain ':' or newlines")
            self._users[address.lower()] = password
        self._write_users()
        if self.running:
            for address in users:
                self._wait_known(address.lower())

    def add_user(self, address: str, password: str = "secret") -> Account:
        self.add_users({address: password})
        return Account(address.lower(), password)

    def new_account(self) -> Account:
        """An empty mailbox at bot.test nobody else uses (taken from the pre-created spares)."""
        if not self._spares:
            self._provision_spares()
        return self._spares.pop(0)

    def _provision_spares(self) -> None:
        fresh = [
            Account(f"user{n}@bot.test", f"pw-{n}-{secrets.token_hex(4)}")
            for n in itertools.islice(self._serial, SPARE_ACCOUNTS)
        ]
        self.add_users({a.address: a.password for a in fresh})
        self._spares.extend(fresh)

    def _wait_known(self, address: str) -> None:
        """Poll until Dovecot's auth process has re-read the passwd-file and knows ``address``."""
        doveadm = shutil.which("doveadm") or "/usr/bin/doveadm"
        deadline = time.monotonic() + START_TIMEOUT_S
        command = [doveadm, "-c", str(self.config_path), "auth", "login", address, self._users[address]]
        while subprocess.run(command, capture_output=True, timeout=START_TIMEOUT_S).returncode != 0:
            if time.monotonic() > deadline:
                raise DovecotError(f"Dovecot never accepted the new account {address}:\n{self.log_tail()}")
            time.sleep(0.1)

    def maildir(self, address: str) -> Path:
        return self.root / "mail" / address.lower() / "Maildir"

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log written)"

    # -- process -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        if self.running:
            return
        self._clear_stale_dotlocks()
        self._process = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.config_path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "stderr.log", "ab"),  # noqa: SIM115 - the child owns it
            start_new_session=True,
        )
        try:
            wait_until_listening(self.host, self.imap_port, START_TIMEOUT_S, alive=self._alive)
            wait_until_listening(self.host, self.lmtp_port, START_TIMEOUT_S, alive=self._alive)
        except (TimeoutError, ConnectionError) as exc:
            self.kill()
            stderr = (self.root / "stderr.log").read_text(errors="replace")
            raise DovecotError(f"dovecot did not start ({exc}):\n{stderr}\n{self.log_tail()}") from None

    def _clear_stale_dotlocks(self) -> None:
        """A process killed while it held ``dovecot-uidlist.lock`` leaves the file behind, and
        Dovecot only treats it as stale after 2 minutes, so every SELECT hangs until then. With no
        Dovecot running, no lock can be live: remove them, as a crash-recovery script would."""
        for lock in (self.root / "mail").glob("*/Maildir/**/dovecot-uidlist.lock"):
            lock.unlink(missing_ok=True)

    def _alive(self) -> bool:
        return self.running

    def stop(self) -> None:
        """Graceful shutdown, as an admin would do it. Open IMAP sessions notice the master is gone
        only on their own timer (up to about 10 s) and then say ``* BYE``; use kick() for a prompt
        BYE and kill() for a prompt drop."""
        self._signal_master(signal.SIGTERM)
        self._wait_gone()

    def kill(self) -> None:
        """Abrupt death of the master and every child: connections drop without a word."""
        if self._process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._process.pid, signal.SIGKILL)
        self._wait_gone()

    def restart(self) -> None:
        """Kill and start again on the same ports with the same mail (UIDVALIDITY unchanged)."""
        self.kill()
        self.start()

    def kick(self, address: str) -> None:
        """Disconnect the user's IMAP sessions the way an admin does: the client gets ``* BYE``."""
        doveadm = shutil.which("doveadm") or "/usr/bin/doveadm"
        subprocess.run(
            [doveadm, "-c", str(self.config_path), "kick", address.lower()],
            check=True,
            capture_output=True,
            timeout=STOP_TIMEOUT_S,
        )

    def pause(self) -> None:
        """Freeze every Dovecot process: the socket stays open but nothing answers (a stall)."""
        if self._process is not None:
            os.killpg(self._process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        if self._process is not None:
            os.killpg(self._process.pid, signal.SIGCONT)

    def _signal_master(self, sig: signal.Signals) -> None:
        pid_file = self.root / "run" / "master.pid"
        try:
            os.kill(int(pid_file.read_text().strip()), sig)
        except (FileNotFoundError, ValueError, ProcessLookupError):
            if self._process is not None and self.running:
                self._process.send_signal(sig)

    def _wait_gone(self) -> None:
        if self._process is None:
            return
        try:
            self._process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait(timeout=STOP_TIMEOUT_S)
        # Children (imap, lmtp) of a killed master linger for a moment; a restart must not race them.
        _wait_group_gone(self._process.pid)
        self._process = None

    def cleanup(self) -> None:
        """Stop and delete the temp folder."""
        if self.running:
            self.kill()
        shutil.rmtree(self.root, ignore_errors=True)

    # -- delivery ------------------------------------------------------------------------------

    async def deliver(self, envelope_from: str, recipient: str, data: bytes) -> None:
        """Deliver one message over LMTP, as an MTA would. LookupError if the user is unknown."""
        await asyncio.to_thread(self._deliver_sync, envelope_from, recipient, data)

    def _deliver_sync(self, envelope_from: str, recipient: str, data: bytes) -> None:
        try:
            with smtplib.LMTP(self.host, self.lmtp_port, timeout=START_TIMEOUT_S) as lmtp:
                lmtp.sendmail(envelope_from, [recipient], data)
        except smtplib.SMTPRecipientsRefused as exc:
            code, reason = exc.recipients[recipient]
            if code >= 500:
                raise LookupError(f"{recipient}: {code} {reason.decode(errors='replace')}") from None
            raise ConnectionError(f"{recipient}: {code} {reason.decode(errors='replace')}") from None
        except (smtplib.SMTPException, OSError) as exc:
            raise ConnectionError(f"LMTP delivery to {recipient} failed: {exc}") from exc


def _wait_group_gone(pgid: int, timeout_s: float = STOP_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while _live_members(pgid) and time.monotonic() < deadline:
        time.sleep(0.02)


def _live_members(pgid: int) -> list[int]:
    """Processes of the group that still run. Zombies do not count: they hold no sockets, and in
    containers they wait for PID 1 to reap them, which can take seconds."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        # After the command name: state, ppid, pgrp, ...
        if len(fields) > 2 and int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            members.append(int(stat.parent.name))
    return members


__all__ = ["Account", "DovecotError", "DovecotServer"]
