"""`endorsebot list [--status S] [--expiring-within 12h] [--format json]`: requests as a table or JSON lines.

Newest first; with ``--expiring-within``, the open requests (those awaiting a reply, or the status given)
whose deadline falls within that time from now, soonest first: the rest of the digest's "expiring" list."""

from __future__ import annotations

import argparse
from typing import Any

from bot.commands._args import duration_hours, positive_int
from bot.domain.status import AWAITING_REPLY, Status
from bot.settings import Settings


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="list requests")
    p.add_argument("--status", choices=[str(s) for s in Status], default=None, help="only requests in this status")
    p.add_argument("--expiring-within", type=duration_hours, default=None, metavar="DURATION",
                   help="only requests whose deadline is within this time from now (12h, 90m, 2d), soonest "
                        "first; without --status, those awaiting a reply")
    p.add_argument("--limit", type=positive_int, default=200, help="at most this many, newest first (default 200)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="json: one request object per line")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commands.migrate import run_database_work

    return run_database_work(_list(args, settings))


async def _list(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import timedelta

    from sqlalchemy import select
    from sqlmodel import col

    from bot.clock import SystemClock
    from bot.commands.migrate import migrated_database
    from bot.console.terminal import json_text, out
    from bot.console.views import request_json, requests_table
    from bot.db.models import EndorsementRequest

    query = select(EndorsementRequest).limit(args.limit)
    if args.expiring_within is not None:
        now = SystemClock().now()
        statuses = [args.status] if args.status is not None else sorted(s.value for s in AWAITING_REPLY)
        query = (query.where(col(EndorsementRequest.status).in_(statuses))
                 .where(col(EndorsementRequest.deadline_at) > now)
                 .where(col(EndorsementRequest.deadline_at) <= now + timedelta(hours=args.expiring_within))
                 .order_by(col(EndorsementRequest.deadline_at), col(EndorsementRequest.id)))
    else:
        query = query.order_by(col(EndorsementRequest.id).desc())
        if args.status is not None:
            query = query.where(col(EndorsementRequest.status) == args.status)
    async with migrated_database(settings, create=False) as db, db.session() as session:
        requests = list(await session.scalars(query))
    if args.format == "json":
        for request in requests:
            out(json_text(request_json(request)))
    else:
        out(requests_table(requests, settings.workflow.timezone))
    return 0
