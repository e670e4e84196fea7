"""`endorsebot digest --preview [--output FILE.html]` renders the digest; `--send` queues it to [admins].

The daemon sends it by itself every day at [digest] hour; `--send` is for an extra one now.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bot.commands._args import write_output
from bot.console.terminal import out
from bot.settings import Settings


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="preview or send the admins' digest")
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--preview", action="store_true", help="render it without sending (text to stdout)")
    mode.add_argument("--send", action="store_true", help="queue it now to every [admins] address")
    p.add_argument("--output", type=Path, default=None, help="with --preview: write the HTML part to this file")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commands.migrate import run_database_work

    return run_database_work(_digest(args, settings))


async def _digest(args: argparse.Namespace, settings: Settings) -> int:
    from bot.admin.digest import gather_digest
    from bot.admin.digest_send import queue_digest, render_digest
    from bot.commands.migrate import admin_app

    async with admin_app(settings, create=args.send) as app, app.db.session() as session:
        now = app.clock.now()
        if args.send:
            if not settings.admins.addresses:
                print("endorsebot: no [admins] addresses configured; nothing to send", file=sys.stderr)
                return 1
            queued = await queue_digest(session, app.composer, settings, now, key=f"digest:manual:{now.isoformat()}")
            await session.commit()
            print(f"queued the digest for {queued} admin(s); the running daemon sends it")
            return 0
        rendered = render_digest(app.composer, settings, await gather_digest(session, settings, now))
    if args.output is not None:
        failed = write_output(args.output, rendered.html or "")
        if failed:
            print(f"endorsebot: {failed}", file=sys.stderr)
            return 1
        print(f"wrote {args.output}", file=sys.stderr)
    out(f"Subject: {rendered.subject}\n\n{rendered.text}", end="")
    return 0
