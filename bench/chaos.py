"""Chaos campaign: the daemon SIGKILLed at random and timed moments, Dovecot and the SMTP server restarted,
while candidates answer; then the mailboxes and the database are checked (issue 12).

    .venv/bin/python bench/chaos.py [--kills 100] [--seed 1] [--window-s 60] [--requests N] [--verbose]
    .venv/bin/python bench/chaos.py --database-url postgresql://postgres@127.0.0.1/test --instances 2
    (a fresh database is created on that server for the run, and dropped after it)

Real Dovecot (IMAP + LMTP) holds every mailbox; an aiosmtpd server in front of it queues and delivers like
Postfix; ``endorsebot run`` runs in a child process and is killed with SIGKILL. Prints the figures and
exits 1 unless there were 0 lost replies, 0 duplicate emails and 0 wrong outcomes. The machinery is in
tests/e2e/chaos.py (tests/e2e/test_chaos.py runs a small campaign in the suite).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.e2e.chaos import CampaignSettings, run_campaign


@contextlib.contextmanager
def fresh_database(url: str) -> Iterator[str]:
    """A database of the run's own on the PostgreSQL server ``url`` names; SQLite: the campaign's file."""
    if not url.startswith("postgres"):
        yield url
        return
    from sqlalchemy import create_engine, make_url, text

    from bot.db.engine import sync_url

    admin_url = make_url(sync_url(url))
    name = f"endorsebot_chaos_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(drivername="postgresql", database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--kills", type=int, default=100)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--requests", type=int, default=0, help="candidates (default: one per two kills, at least 6)")
    p.add_argument("--window-s", type=float, default=60.0, help="each request's answer window, in seconds")
    p.add_argument("--no-server-faults", action="store_true", help="kill the daemon only")
    p.add_argument("--database-url", default="", help="default: a SQLite file in a temp folder")
    p.add_argument("--instances", type=int, default=1, help="daemons at once (more than one needs PostgreSQL)")
    p.add_argument("--keep", action="store_true", help="keep the work folder (logs, database, mailboxes)")
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args()
    if args.instances > 1 and not args.database_url.startswith("postgres"):
        p.error("--instances above 1 needs --database-url postgresql://...")
    settings = CampaignSettings(kills=args.kills, seed=args.seed, requests=args.requests, window_s=args.window_s,
                                server_faults=not args.no_server_faults, database_url=args.database_url,
                                instances=args.instances, verbose=args.verbose)
    workdir = Path(tempfile.mkdtemp(prefix="endorsebot-chaos-"))
    with fresh_database(args.database_url) as url:
        try:
            figures = asyncio.run(run_campaign(dataclasses.replace(settings, database_url=url), workdir))
        finally:
            if args.keep:
                print(f"work folder kept: {workdir}")
            else:
                shutil.rmtree(workdir, ignore_errors=True)
    print(f"chaos campaign: seed {args.seed}, {args.kills} kills asked, window {args.window_s:g} s, "
          f"{args.instances} daemon(s) on {'PostgreSQL' if args.database_url else 'SQLite'}")
    for line in figures.lines():
        print(line)
    print("PASS" if figures.ok else "FAIL")
    return 0 if figures.ok else 1


if __name__ == "__main__":
    sys.exit(main())
