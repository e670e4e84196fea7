"""`endorsebot demo`: the whole flow on the embedded sandbox, in well under a minute.

``--db FILE`` keeps the demo's database. The file is marked as a demo database (SQLite's
application_id), and an existing file is replaced only when it carries that mark: a demo must never
wipe a real database because of a mistyped path.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

from bot.settings import Settings

# "EBDM" (endorsebot demo): the SQLite header's application_id of every database the demo writes.
DEMO_APPLICATION_ID = 0x4542444D


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="run the whole flow on an in-process sandbox")
    p.add_argument("--db", type=Path, default=None,
                   help="keep the SQLite database at this path (an existing file only if an earlier demo wrote it)")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.demo import run_demo

    if args.db is not None:
        refusal = _refusal(args.db)
        if refusal:
            print(f"endorsebot: demo: {refusal}", file=sys.stderr)
            return 2
        args.db.unlink(missing_ok=True)
        _mark_as_demo(args.db)
        asyncio.run(run_demo(args.db))
        print(f"\nThe database is kept at {args.db}: try `endorsebot --config ... status ID` against it.")
        return 0
    with tempfile.TemporaryDirectory(prefix="endorsebot-demo-") as tmp:
        asyncio.run(run_demo(Path(tmp) / "demo.sqlite3"))
    return 0


def _refusal(path: Path) -> str | None:
    """Why ``path`` must not be replaced by a demo database, or None if it may."""
    if path.is_dir():
        return f"{path} is a directory; give a file name"
    if not path.parent.is_dir():
        return f"folder {path.parent} does not exist"
    if not path.exists():
        return None
    if not path.is_file() or _application_id(path) != DEMO_APPLICATION_ID:
        return f"{path} exists and is not a demo database; choose another path (it was left untouched)"
    return None


def _application_id(path: Path) -> int | None:
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            row = db.execute("PRAGMA application_id").fetchone()
    except sqlite3.DatabaseError:
        return None  # not SQLite at all
    return int(row[0]) if row else None


def _mark_as_demo(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute(f"PRAGMA application_id = {DEMO_APPLICATION_ID}")
        db.commit()
