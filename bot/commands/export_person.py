"""`endorsebot export-person EMAIL [--output FILE]`: everything held about one person, as JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bot.console.terminal import json_text
from bot.settings import Settings


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="print everything held about one email address (JSON)")
    p.add_argument("email", metavar="EMAIL")
    p.add_argument("--output", type=Path, default=None, help="write to this file instead of stdout")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commands.migrate import run_database_work

    return run_database_work(_export(args, settings))


async def _export(args: argparse.Namespace, settings: Settings) -> int:
    from bot.admin.person import person_export
    from bot.clock import SystemClock
    from bot.commands.migrate import migrated_database

    async with migrated_database(settings) as db, db.session() as session:
        data = await person_export(session, args.email, generated_at=SystemClock().now().isoformat(),
                                   bot_address=settings.bot.address)
    # Every control or reordering character escaped (issue 10 item 13): names, subjects and replies in it were
    # written by strangers, and json.dumps leaves C1 (U+009B is CSI) and bidi overrides as they are.
    text = json_text(data, indent=2, default=str) + "\n"
    if args.output is None:
        sys.stdout.write(text)
    else:
        from bot.host.private_files import UnsafePath, write_private

        try:
            write_private(args.output, text.encode("utf-8"))  # personal data: owner-only, never via a symlink
        except UnsafePath as exc:
            print(f"endorsebot: {exc}", file=sys.stderr)
            return 2
        print(f"wrote {args.output}", file=sys.stderr)
    return 0
