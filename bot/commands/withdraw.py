"""`endorsebot withdraw ID [--reason TEXT]`: stop a request that has not ended; mail not yet sent stays unsent."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bot.commands._args import request_id
from bot.settings import Settings


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="withdraw a request that has not ended")
    p.add_argument("id", type=request_id, metavar="ID", help="request id: 11 or #11")
    p.add_argument("--reason", default="", metavar="TEXT", help="recorded in the audit trail")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commands.migrate import run_database_work

    return run_database_work(_withdraw(args, settings))


async def _withdraw(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commands.migrate import admin_app
    from bot.db.models import EndorsementRequest
    from bot.domain.status import TransitionError
    from bot.workflow.transitions import LostRace

    async with admin_app(settings, create=False) as app, app.db.session() as session:
        request = await session.get(EndorsementRequest, args.id)
        if request is None:
            print(f"endorsebot: no request with id {args.id}", file=sys.stderr)
            return 1
        try:
            await app.workflow.withdraw(session, request, actor="cli", why=args.reason)
        except TransitionError:
            print(f"endorsebot: request {args.id} is {request.status} and cannot be withdrawn", file=sys.stderr)
            return 1
        except LostRace:
            print(f"endorsebot: request {args.id} changed while withdrawing; look again and retry", file=sys.stderr)
            return 1
        await session.commit()
    print(f"request {args.id} withdrawn")
    return 0
