"""`endorsebot evaluate [--format json] FILE...`: judge raw messages offline (DESIGN.md's contract).

One JSON object per file per line; a file that cannot be read still gets its line, with kind
"other" and an ``error`` field, and the exit status is 1 if any file failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bot.settings import Settings


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="judge raw .eml files as replies, offline")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("files", nargs="+", metavar="FILE")
    return p


def evaluate_file(path: str, settings: Settings) -> dict[str, Any]:
    from bot.evaluation.offline import evaluate_bytes

    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return {"file": path, "kind": "other", "verdict": "not_evaluated", "criteria": None,
                "reply_text": "", "error": f"unreadable: {exc.strerror or exc}"}
    return {"file": path, **evaluate_bytes(raw, settings)}


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.evaluation.report import render_report

    failed = False
    for path in args.files:
        result = evaluate_file(path, settings)
        failed = failed or "error" in result
        if args.format == "json":
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(render_report(result) + "\n")
        sys.stdout.flush()
    return 1 if failed else 0
