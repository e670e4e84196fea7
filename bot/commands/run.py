"""`endorsebot run`: the daemon."""

from __future__ import annotations

import argparse
import asyncio
import signal
from typing import Any

from bot.settings import Settings


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="run the daemon (inbox, outbox, sweeps)")
    p.add_argument("--log-level", default="INFO")
    p.add_argument("--log-format", choices=("json", "text"), default=None,
                   help="default: json unless stderr is a terminal")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot import logs

    logs.setup(args.log_level, None if args.log_format is None else args.log_format == "json")
    return asyncio.run(_main(settings))


async def _main(settings: Settings) -> int:
    from bot.app import build_app
    from bot.daemon import Daemon

    app = build_app(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await Daemon(app).run(stop)
    finally:
        await app.close()
    return 0
