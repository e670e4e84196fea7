"""`endorsebot export ID [--format ob3|ob3-jwt|ob3-enveloped] [--output FILE]`: a passed request as a
verifiable Open Badges 3.0 endorsement (see docs/credentials.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bot.commands._args import request_id, write_output
from bot.settings import Settings

FORMATS = ("ob3", "ob3-jwt", "ob3-enveloped")


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="export a passed request as a verifiable endorsement")
    p.add_argument("id", type=request_id, metavar="ID", help="request id: 11 or #11")
    p.add_argument("--format", choices=FORMATS, default="ob3",
                   help="ob3: JSON with an embedded Data Integrity proof (default, for wallets); "
                        "ob3-jwt: a bare VC-JWT; ob3-enveloped: the VC-JWT as an EnvelopedVerifiableCredential")
    p.add_argument("--output", type=Path, default=None, help="write to this file instead of stdout")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commands.migrate import run_database_work

    return run_database_work(_export(args, settings))


async def _export(args: argparse.Namespace, settings: Settings) -> int:
    from bot.admin.credential import NotEndorsable, export_request
    from bot.commands.migrate import migrated_database
    from bot.console.terminal import json_text
    from bot.credentials import KeyFileError, render_document
    from bot.db.models import EndorsementRequest

    async with migrated_database(settings, create=False) as db, db.session() as session:
        request = await session.get(EndorsementRequest, args.id)
        if request is None:
            print(f"endorsebot: no request with id {args.id}", file=sys.stderr)
            return 1
        try:
            document = await export_request(session, request, args.format, settings)
        except (NotEndorsable, KeyFileError) as exc:
            print(f"endorsebot: {exc}", file=sys.stderr)
            return 1
    if args.output is None:
        # A terminal: the candidate's own words are in the credential (its evidence), so every control, reordering
        # or invisible character is written escaped; the JSON value, and so the proof, is the same (issue 10 item 13).
        sys.stdout.write(document + "\n" if isinstance(document, str) else json_text(document, indent=2) + "\n")
        return 0
    failed = write_output(args.output, render_document(document))
    if failed:
        print(f"endorsebot: {failed}", file=sys.stderr)
        return 1
    print(f"wrote {args.output}", file=sys.stderr)
    return 0
