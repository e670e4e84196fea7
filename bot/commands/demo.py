"""`endorsebot demo`: the whole flow on the embedded sandbox, in well under a minute."""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path
from typing import Any

from bot.settings import Settings


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="run the whole flow on an in-process sandbox")
    p.add_argument("--db", type=Path, default=None, help="keep the SQLite database at this path")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.demo import run_demo

    if args.db is not None:
        args.db.unlink(missing_ok=True)
        asyncio.run(run_demo(args.db))
        print(f"\nThe database is kept at {args.db}: try `endorsebot --config ... status ID` against it.")
        return 0
    with tempfile.TemporaryDirectory(prefix="endorsebot-demo-") as tmp:
        asyncio.run(run_demo(Path(tmp) / "demo.sqlite3"))
    return 0
