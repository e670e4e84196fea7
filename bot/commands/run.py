"""`endorsebot run`: the daemon.

Exit status: 0 after SIGTERM/SIGINT; 1 when it stopped itself because a login was refused or the
database cannot be written (after a bounded retry, admins alerted; see bot.host.fatal), or because
another daemon already runs on the same SQLite file; 2 for a configuration error.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import signal
import sys
from typing import Any

from bot.settings import Settings


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="run the daemon (inbox, outbox, sweeps)")
    p.add_argument("--log-level", default="INFO", type=str.upper,
                   choices=("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"))
    p.add_argument("--log-format", choices=("json", "text"), default=None,
                   help="default: json unless stderr is a terminal")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot import logs
    from bot.host import instance_lock
    from bot.settings import uses_oauth2

    if uses_oauth2(settings) and not settings.oauth2.refresh_token:
        # A daemon that could never sign in is a configuration error, named before it starts.
        tables = " and ".join(f"[{t}]" for t in uses_oauth2(settings))
        print(f"endorsebot: {tables} auth is oauth2 but ENDORSEBOT_OAUTH2_REFRESH_TOKEN is empty: sign in with "
              f"`endorsebot oauth2 login --provider {settings.oauth2.provider}`", file=sys.stderr)
        return 2

    try:
        lock = instance_lock.acquire(settings.database.url)
    except instance_lock.AlreadyRunning as exc:
        print(f"endorsebot: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"endorsebot: cannot lock the database file: {exc}", file=sys.stderr)
        return 1
    try:
        logs.setup(args.log_level, None if args.log_format is None else args.log_format == "json",
                   keep_addresses=(settings.bot.address, settings.imap.username, settings.smtp.username),
                   secret_env_vars=(settings.llm.api_key_env,))
        return asyncio.run(_main(settings, getattr(args, "config_source", "")))
    finally:
        if lock is not None:
            lock.release()


async def _main(settings: Settings, source: str) -> int:
    from bot.app import build_app
    from bot.daemon import Daemon

    app = build_app(settings)
    settle_heap()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    daemon = Daemon(app, config_source=source)
    settled = asyncio.create_task(_settle_once_started(daemon))
    try:
        await daemon.run(stop)
    finally:
        settled.cancel()
        await app.close()
    return daemon.exit_status


def settle_heap() -> None:
    """Make the objects alive now (modules, lexicons, templates, the app: over 100,000) permanent for the
    cyclic garbage collector. A full collection otherwise walks them all, 50 to 300 ms measured here, in the
    middle of whatever delivery allocated past the threshold; they live as long as the process anyway."""
    gc.collect()
    gc.freeze()


async def _settle_once_started(daemon: Any) -> None:
    # What the start-up loads on first use (the catch-up, the first sweep) joins the permanent set too.
    await daemon.started.wait()
    settle_heap()
