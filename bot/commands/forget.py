"""`endorsebot forget EMAIL [--yes]`: erase a person's personal data, keeping anonymous counts.

Without --yes it only says what would be erased: this cannot be undone.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bot.settings import Settings


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="erase everything personal about one email address")
    p.add_argument("email", metavar="EMAIL")
    p.add_argument("--yes", action="store_true", help="really erase (without it: a dry run)")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commands.migrate import run_database_work

    return run_database_work(_forget(args, settings))


async def _forget(args: argparse.Namespace, settings: Settings) -> int:
    from bot.admin.privacy import forget_person
    from bot.clock import SystemClock
    from bot.commands.migrate import migrated_database

    async with migrated_database(settings) as db:
        try:
            report = await forget_person(db, SystemClock(), args.email, dry_run=not args.yes)
        except ValueError as exc:
            print(f"endorsebot: {exc}", file=sys.stderr)
            return 2
    summary = (f"{report.requests} request(s) ({report.closed} still open, closed now), {report.members} member "
               f"row(s), {report.inbound} inbound message(s), {report.outbound_deleted} sent email(s), "
               f"{report.scrubbed_values} other mention(s)")
    if not args.yes:
        print(f"would erase: {summary}\nnothing changed; run again with --yes to erase")
        return 0 if report.anything else 1
    print(f"erased: {summary}")
    if report.checkpoint_blocked:
        # Issue 10 item 14: the rows are erased, but a reader kept SQLite from rewriting the file itself.
        print("endorsebot: warning: another process was reading the database, so the erased values may still be "
              "in its write-ahead log on disk; stop the daemon and run `forget` again to finish", file=sys.stderr)
        return 1
    return 0
