"""The shipped systemd unit: hardened, restarts on failure but not on a configuration error."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "deploy" / "endorsebot.service"


def _unit() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # systemd keys are case-sensitive
    parser.read_string(UNIT.read_text(encoding="utf-8"))
    return parser


def test_the_unit_is_hardened_and_writes_only_its_state_folder() -> None:
    service = _unit()["Service"]

    assert service["NoNewPrivileges"] == "yes"
    assert service["ProtectSystem"] == "strict"
    assert service["ReadWritePaths"] == "/var/lib/endorsebot"
    assert service["User"] == "endorsebot"
    assert service["CapabilityBoundingSet"] == ""


def test_the_unit_restarts_a_daemon_that_stopped_itself_but_not_a_configuration_error() -> None:
    service = _unit()["Service"]

    assert service["Restart"] == "on-failure"
    assert service["RestartPreventExitStatus"] == "2"  # bot.cli: 2 = usage or configuration


def test_the_readme_points_at_the_unit() -> None:
    assert "deploy/endorsebot.service" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_systemd_accepts_every_key_of_the_unit() -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:  # not a skip: the keys above are still checked; only systemd's own reading is absent
        return
    done = subprocess.run([analyze, "verify", str(UNIT)], capture_output=True, text=True, timeout=60)
    complaints = [line for line in done.stderr.splitlines() if "is not executable" not in line]
    assert complaints == []


def _python_without_ensurepip(folder: Path) -> Path:
    """A python3 as a fresh Debian has it before python3-venv: everything but ensurepip imports."""
    real = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
    fake = folder / "python3"
    fake.write_text(f'#!/bin/sh\ncase "$*" in *ensurepip*) exit 1;; esac\nexec {real} "$@"\n', encoding="utf-8")
    fake.chmod(0o755)
    return fake


def test_make_says_exactly_what_to_install_when_python3_venv_is_missing() -> None:
    # As an ordinary user (nobody), who cannot install packages, it is told the exact command instead.
    with tempfile.TemporaryDirectory() as folder:
        Path(folder).chmod(0o755)
        fake = _python_without_ensurepip(Path(folder))
        script = (ROOT / "scripts" / "ensure-python-venv.sh").read_bytes()
        done = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "sh", "-s", "--",
                               str(fake)], input=script, capture_output=True, timeout=60, cwd=folder)
    stderr = done.stderr.decode()

    assert done.returncode == 1, stderr
    assert "Run: sudo apt-get install -y python3." in stderr and "-venv" in stderr


def test_make_goes_on_when_venv_works() -> None:
    done = subprocess.run(["sh", str(ROOT / "scripts" / "ensure-python-venv.sh"), "python3"],
                          capture_output=True, text=True, timeout=60)

    assert done.returncode == 0 and done.stderr == ""


def test_every_virtualenv_the_makefile_creates_is_checked_first() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")

    assert makefile.index("ensure-python-venv.sh") < makefile.index("-m venv")
