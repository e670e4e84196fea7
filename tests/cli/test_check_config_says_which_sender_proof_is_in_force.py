"""Issue 10 item 4 ("whatever default you choose, `check-config` says what it is"): an operator who never read the
security section learns from `endorsebot check-config` whether a forged From: can start a request, as the
command prints it (run as a process, as an operator runs it; the mail servers it probes are not there, which
changes nothing of the security line)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def security_line(tmp_path: Path, extra: str = "") -> str:
    config = tmp_path / "config.toml"
    config.write_text(
        '[bot]\naddress = "bot@bot.test"\n'
        f'[database]\nurl = "sqlite+aiosqlite:///{tmp_path / "bot.sqlite3"}"\n'
        '[smtp]\nhost = "127.0.0.1"\nport = 9\ntimeout_s = 2\n[imap]\nhost = "127.0.0.1"\nport = 9\ntimeout_s = 2\n'
        + extra, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENDORSEBOT_")} | {"PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "bot", "--config", str(config), "check-config"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    lines = [line for line in done.stdout.splitlines() if line.split()[:1] == ["security"]]
    assert len(lines) == 1, done.stdout + done.stderr
    return lines[0]


def test_the_default_says_a_request_without_proof_is_refused(tmp_path: Path) -> None:
    line = security_line(tmp_path)
    assert "no trusted authserv-id (Authentication-Results ignored)" in line
    assert "DKIM verified by endorsebot" in line
    assert "otherwise refused" in line and "admin commands: same proof" in line


@pytest.mark.parametrize(("extra", "said"), [
    ('[security]\ntrusted_authserv_ids = ["mx.org.example"]\n', "aligned with From from mx.org.example"),
    ("[security]\nrequire_authenticated_endorsers = false\n",
     "otherwise a confirmation round-trip to the registered address"),
    ("[security]\nverify_dkim = false\n", "no trusted authserv-id (Authentication-Results ignored); otherwise"),
])
def test_what_the_operator_configured_is_what_it_says(tmp_path: Path, extra: str, said: str) -> None:
    assert said in security_line(tmp_path, extra)
