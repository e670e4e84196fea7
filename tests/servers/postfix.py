"""A private, real Postfix for tests: its own config_directory, queue_directory and loopback ports.

It plays the operator's MTA in ``[ingress] mode = "lmtp"``: the bot submits to its smtpd, candidates
"send" through it, and it routes by recipient domain:

- ``bot.test`` goes to the daemon over LMTP (``lmtp:inet:127.0.0.1:PORT``), the production set-up;
- ``reject.test`` is refused at RCPT (550), as a remote MX refusing outright;
- everything else goes to ``relay_port`` (a recording SMTP server: the rest of the internet). When that
  server refuses a recipient (its ``reject_domains``), Postfix itself sends the bot a real RFC 3464
  bounce, over LMTP like any other mail for the bot.

Started as root with ``postfix -c DIR start`` (Postfix then runs its daemons as the packaged
``postfix`` user; the queue belongs to it). Nothing runs chrooted, so the queue needs no copies of
/etc files. Retry timers are one second instead of Postfix's five minutes, so a test that makes the
daemon answer 4xx, or kills it, sees the retry without waiting; ``flush()`` asks for it at once.
Postfix logs to ``maillog`` in the temp folder (its postlogd service), shown when something fails;
``maillog_file_prefixes`` must allow that folder or Postfix refuses to start. A ``postfix start`` that fails
before postlogd runs says nothing on stderr unless stderr is a terminal: ``script -qc "postfix -c DIR start"``
shows why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from tests.servers.ports import free_port, wait_until_listening

POSTFIX = "/usr/sbin/postfix"
POSTQUEUE = "/usr/sbin/postqueue"
START_TIMEOUT_S = 20.0

_MASTER_CF = """\
# service type  private unpriv  chroot  wakeup  maxproc command
{smtpd_listen} inet n       -       n       -       -       smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""


class PostfixError(RuntimeError):
    """Postfix is missing, failed to start or failed to stop; the message includes its log tail."""


class PostfixServer:
    """One Postfix instance; ``start()``/``stop()`` block (call them through ``asyncio.to_thread``)."""

    def __init__(self, *, lmtp_target: str, relay_port: int, root: Path | None = None, extra: str = "") -> None:
        """``lmtp_target`` is where mail for bot.test goes: ``inet:127.0.0.1:PORT`` or ``unix:/path``;
        ``extra`` is appended to main.cf."""
        self.extra = extra
        if not Path(POSTFIX).exists():
            raise PostfixError("postfix is not installed: run scripts/install-system-deps.sh (Debian package postfix)")
        if os.geteuid() != 0:
            raise PostfixError("a private Postfix instance needs root (its daemons run as the postfix user)")
        self.root = Path(root or tempfile.mkdtemp(prefix="endorsebot-postfix-"))
        self.host = "127.0.0.1"
        self.port = free_port()
        self.lmtp_target = lmtp_target
        self.relay_port = relay_port
        self.conf = self.root / "conf"
        self.queue = self.root / "queue"
        self.maillog = self.root / "maillog"
        self._prepare()

    def _prepare(self) -> None:
        self.root.chmod(0o755)
        for folder in (self.conf, self.queue, self.root / "data"):
            folder.mkdir(exist_ok=True)
        (self.conf / "master.cf").write_text(_MASTER_CF.format(smtpd_listen=f"{self.host}:{self.port}"))
        (self.conf / "main.cf").write_text(self._main_cf())
        # texthash: read as text when a daemon starts, no postmap step.
        (self.conf / "access").write_text("reject.test 550 5.1.1 User unknown\n")
        (self.conf / "transport").write_text(
            f"bot.test lmtp:{self.lmtp_target}\n")
        shutil.chown(self.root / "data", "postfix", "postfix")

    def _main_cf(self) -> str:
        return f"""\
compatibility_level = 3.6
queue_directory = {self.queue}
data_directory = {self.root / "data"}
maillog_file = {self.maillog}
maillog_file_prefixes = {self.root}
myhostname = mx.bot.test
mydomain = bot.test
myorigin = $myhostname
mydestination =
local_recipient_maps =
local_transport = error:5.1.1 no local delivery here
alias_maps =
alias_database =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relay_domains = bot.test
smtpd_relay_restrictions = permit_mynetworks, reject
smtpd_recipient_restrictions = check_recipient_access texthash:{self.conf}/access, permit
transport_maps = texthash:{self.conf}/transport
default_transport = smtp:[127.0.0.1]:{self.relay_port}
relay_transport = $default_transport
smtp_tls_security_level = none
smtpd_tls_security_level = none
smtputf8_enable = yes
biff = no
# Retry every second (defaults: 5 minutes and more), so a refused delivery comes round at once.
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
# A dead LMTP listener must not make Postfix wait the default 30 s per try.
lmtp_connect_timeout = 2s
{self.extra}"""

    def _postfix(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([POSTFIX, "-c", str(self.conf), *args], capture_output=True, text=True, timeout=60)

    def start(self) -> None:
        done = self._postfix("start")
        if done.returncode != 0:
            raise PostfixError(f"postfix start failed: {done.stdout}{done.stderr}{self.log_tail()}")
        try:
            wait_until_listening(self.host, self.port, START_TIMEOUT_S)
        except (TimeoutError, ConnectionError) as exc:
            raise PostfixError(f"postfix did not listen: {exc}{self.log_tail()}") from None

    def flush(self) -> None:
        """``postqueue -f``: try every deferred message now (what an operator does after an outage)."""
        subprocess.run([POSTQUEUE, "-c", str(self.conf), "-f"], capture_output=True, timeout=30, check=False)

    def queued(self) -> int:
        """Messages still in Postfix's queue (active, deferred, incoming)."""
        count = 0
        for name in ("incoming", "active", "deferred", "maildrop"):
            folder = self.queue / name
            if folder.exists():
                count += sum(1 for p in folder.rglob("*") if p.is_file())
        return count

    def stop(self) -> None:
        done = self._postfix("stop")
        if done.returncode != 0 and "not running" not in done.stderr:
            raise PostfixError(f"postfix stop failed: {done.stdout}{done.stderr}")
        # "postfix stop" returns before the master has gone; the next start would find its lock.
        deadline = time.monotonic() + START_TIMEOUT_S
        pid_file = self.queue / "pid" / "master.pid"
        while pid_file.exists() and time.monotonic() < deadline:
            try:
                pid = int(pid_file.read_text().strip() or 0)
                os.kill(pid, 0)
            except (ValueError, ProcessLookupError, FileNotFoundError):
                break
            time.sleep(0.05)

    def cleanup(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n--- maillog ---\n" + "\n".join(self.maillog.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""
