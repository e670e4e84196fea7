"""`endorsebot status ID [--format json]`: one request and everything that explains its outcome."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from bot.commands._args import request_id
from bot.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from bot.console.views import RequestDetail


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="show a request: status, reasons, criteria, history")
    p.add_argument("id", type=request_id, metavar="ID", help="request id: 11 or #11")
    p.add_argument("--format", choices=("text", "json"), default="text")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commands.migrate import run_database_work

    return run_database_work(_status(args, settings))


async def _status(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commands.migrate import migrated_database
    from bot.console.terminal import json_text, out
    from bot.console.views import detail_json, detail_text

    async with migrated_database(settings, create=False) as db, db.session() as session:
        detail = await load_detail(session, args.id)
    if detail is None:
        print(f"endorsebot: no request with id {args.id}", file=sys.stderr)
        return 1
    if args.format == "json":
        out(json_text(detail_json(detail)))
    else:
        out(detail_text(detail, settings.workflow.timezone))
    return 0


async def load_detail(session: AsyncSession, request_id: int) -> RequestDetail | None:
    from sqlalchemy import select

    from bot.console.views import RequestDetail
    from bot.db.models import AuditEntry, EndorsementRequest, Evaluation, InboundMessage, OutboundMessage

    request = await session.get(EndorsementRequest, request_id)
    if request is None:
        return None

    async def rows(model: Any, order: Any) -> list[Any]:
        result = await session.scalars(select(model).where(model.request_id == request_id).order_by(order, model.id))
        return list(result)

    return RequestDetail(
        request=request,
        audit=await rows(AuditEntry, AuditEntry.at),
        inbound=await rows(InboundMessage, InboundMessage.received_at),
        evaluations=await rows(Evaluation, Evaluation.created_at),
        outbound=await rows(OutboundMessage, OutboundMessage.created_at),
    )
