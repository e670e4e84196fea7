"""`endorsebot review list | approve ID | reject ID --reason TEXT | extend ID HOURS | resend ID`.

The same decisions an admin can mail in (bot.admin.review); each is an audit row with actor "cli".
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bot.commands._args import request_id
from bot.console.terminal import err, out
from bot.settings import Settings


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="the review queue and admin decisions")
    actions = p.add_subparsers(dest="review_action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="requests waiting for review")
    listing.add_argument("--format", choices=("text", "json"), default="text",
                         help="json: one request object per line")
    approve = actions.add_parser("approve", help="needs_review -> passed (the endorser is told)")
    approve.add_argument("id", type=request_id, metavar="ID", help="request id: 11 or #11")
    approve.add_argument("--note", default="", help="why (kept in the audit trail)")
    reject = actions.add_parser("reject", help="needs_review -> failed (the endorser is told the reason)")
    reject.add_argument("id", type=request_id, metavar="ID", help="request id: 11 or #11")
    reject.add_argument("--reason", required=True, help="why; the endorser reads it")
    extend = actions.add_parser("extend", help="give an open request more time")
    extend.add_argument("id", type=request_id, metavar="ID", help="request id: 11 or #11")
    extend.add_argument("hours", metavar="HOURS", help="e.g. 12, 12h or 2d")
    resend = actions.add_parser("resend", help="send the request email to the candidate again")
    resend.add_argument("id", type=request_id, metavar="ID", help="request id: 11 or #11")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commands.migrate import run_database_work

    return run_database_work(_review(args, settings))


async def _review(args: argparse.Namespace, settings: Settings) -> int:
    from bot.admin.review import Review
    from bot.commands.migrate import admin_app

    async with admin_app(settings, create=False) as app, app.db.session() as session:
        review = Review(app.workflow)
        if args.review_action == "list":
            waiting = await review.waiting(session)
            return _print_json(waiting) if args.format == "json" else _print_queue(waiting, settings)
        command = _command(args)
        if command is None:
            print(f"endorsebot: {args.hours!r} is not a duration (try 12, 12h or 2d)", file=sys.stderr)
            return 2
        decision = await review.apply(session, command, admin="cli", via="cli")
        if not decision.applied:
            await session.rollback()
            err(f"endorsebot: not done: {decision.message}")
            return 1
        await session.commit()
    out(decision.message)
    return 0


def _command(args: argparse.Namespace) -> Any:
    from bot.admin.command_grammar import Action, Command, parse_duration

    action = Action(args.review_action)
    if action is Action.EXTEND:
        hours = parse_duration(args.hours)
        return None if hours is None else Command(action, args.id, hours=hours)
    text = getattr(args, "reason", "") or getattr(args, "note", "")
    return Command(action, args.id, text=text)


def _print_json(requests: list[Any]) -> int:
    from bot.console.terminal import json_text
    from bot.console.views import request_json

    for request in requests:
        out(json_text(request_json(request)))
    return 0


def _print_queue(requests: list[Any], settings: Settings) -> int:
    from bot.console.views import local

    if not requests:
        print("nothing is waiting for review")
        return 0
    for r in requests:
        since = local(r.decided_at, settings.workflow.timezone)
        out(f"#{r.id}  {r.candidate_email}  (endorser {r.endorser_email})  since {since}  "
              f"{', '.join(r.reasons) or '-'}")
    return 0
