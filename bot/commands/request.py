"""`endorsebot request --endorser EMAIL --candidate EMAIL [...]`: start a request from the command line.

The request email is queued in the outbox; the running daemon sends it and the window starts when
the SMTP server accepts it. A refused request exits 2 with the reason.
"""

from __future__ import annotations

import argparse
from typing import Any

from bot.settings import Settings


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="start an endorsement request")
    p.add_argument("--endorser", required=True, metavar="EMAIL", help="who endorses (gets the outcome)")
    p.add_argument("--candidate", required=True, metavar="EMAIL", help="who is asked the questions")
    p.add_argument("--candidate-name", default="", metavar="NAME")
    p.add_argument("--endorser-name", default="", metavar="NAME", help="default: the member's registered name")
    p.add_argument("--format", choices=("text", "json"), default="text")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commands.migrate import run_database_work

    return run_database_work(_request(args, settings))


async def _request(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commands.migrate import admin_app
    from bot.console.terminal import err, json_text, out
    from bot.console.views import local, request_json
    from bot.workflow.service import RequestError

    async with admin_app(settings) as app, app.db.session() as session:
        try:
            request = await app.workflow.create_request(
                session,
                endorser_email=args.endorser,
                candidate_email=args.candidate,
                candidate_name=args.candidate_name,
                endorser_name=args.endorser_name,
                origin="cli",
            )
        except RequestError as exc:
            err(f"endorsebot: request refused: {exc}")
            return 2
        await session.commit()
    if args.format == "json":
        out(json_text(request_json(request)))
    else:
        out(
            f"request {request.id} created for {request.candidate_email} (endorser {request.endorser_email}); "
            f"queued at {local(request.created_at, settings.workflow.timezone)}."
        )
        print(
            f"The daemon sends it; the {settings.workflow.window_hours:g}-hour window starts when the "
            "mail server accepts it."
        )
    return 0
