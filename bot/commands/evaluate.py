"""`endorsebot evaluate [--format json] [--classifier rules|llm|both] FILE...`: judge raw messages offline.

One JSON object per file per line (DESIGN.md's contract); a file that cannot be read still gets its
line, with kind "other" and an ``error`` field, and the exit status is 1 if any file failed. With an
LLM classifier each criterion also carries its ``source`` and the model's verified ``llm_quotes``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.settings import Settings

Describe = Callable[[bytes], Awaitable[dict[str, Any]]]


# This command never opens the database, so its URL is not checked (that check imports SQLAlchemy).
USES_DATABASE = False


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="judge raw .eml files as replies, offline")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--classifier", choices=("rules", "llm", "both"), default=None,
                   help="default: [classifier] mode from the config")
    p.add_argument("files", nargs="+", metavar="FILE")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.classifier:
        settings = settings.replace(classifier={"mode": args.classifier})
    return asyncio.run(_run_all(args, settings))


async def _run_all(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console.terminal import clean, json_text
    from bot.evaluation.report import render_report

    describe, close = _describer(settings)
    failed = False
    try:
        for path in args.files:
            result = await _evaluate_file(path, describe)
            failed = failed or "error" in result
            line = json_text(result) if args.format == "json" else clean(render_report(result))
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
    finally:
        await close()
    return 1 if failed else 0


async def _evaluate_file(path: str, describe: Describe) -> dict[str, Any]:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return {"file": path, "kind": "other", "verdict": "not_evaluated", "criteria": None,
                "reply_text": "", "error": f"unreadable: {exc.strerror or exc}"}
    return {"file": path, **await describe(raw)}


def _describer(settings: Settings) -> tuple[Describe, Callable[[], Awaitable[None]]]:
    """Rules alone stay synchronous and import nothing of the LLM path; other modes use the Evaluator."""
    if settings.classifier.mode == "rules":
        from bot.evaluation.offline import evaluate_bytes

        async def by_rules(raw: bytes) -> dict[str, Any]:
            return evaluate_bytes(raw, settings)

        async def nothing() -> None:
            return None

        return by_rules, nothing

    from bot.evaluation.evaluator import Evaluator, build_llm_classifier
    from bot.evaluation.offline import describe
    from bot.mail.message import MailKind
    from bot.mail.parse import parse_mail

    llm = build_llm_classifier(settings)
    evaluator = Evaluator(settings, llm)

    async def by_evaluator(raw: bytes) -> dict[str, Any]:
        mail = parse_mail(raw)
        judgement = await evaluator.judge(mail) if mail.kind is MailKind.REPLY else None
        return describe(mail, judgement)

    async def close() -> None:
        if llm is not None:
            await llm.aclose()

    return by_evaluator, close
