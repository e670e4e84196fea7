"""Every benchmark, one after another, with the arguments the README's figures came from.

    .venv/bin/python bench/run_all.py          (or: make bench)

Each one is its own process so none inherits another's warm caches or open connections.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

RUNS: tuple[tuple[str, ...], ...] = (
    ("reply_latency.py", "--server", "dovecot", "--replies", "50"),
    ("reply_latency.py", "--server", "sandbox", "--replies", "50"),
    ("imap_latency.py", "--messages", "50", "--via", "smtp"),
    ("reminder_sweep.py",),
    ("scale.py", "--sizes", "1000,10000"),  # the README's 100k row: --sizes 1000,10000,100000 (minutes)
    ("smtp_bench.py",),
    ("parse_bench.py", "--rounds", "30"),
    ("per_mb_bench.py",),
    ("credential_bench.py", "--rounds", "50"),
    ("oauth2_login.py", "--logins", "50"),
    ("lmtp_latency.py", "--replies", "30"),
)


def main() -> int:
    failed = 0
    for script, *args in RUNS:
        print(f"\n$ python bench/{script} {' '.join(args)}", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / script), *args], check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
