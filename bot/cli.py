"""`endorsebot` command line: one module per command in bot.commands, each with add_parser() and run()."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.settings import ConfigError, Settings, load_settings

# Command name -> module in bot.commands. Imported lazily so `evaluate` never pays for the database.
COMMANDS: dict[str, str] = {
    "evaluate": "evaluate",
    "run": "run",
    "demo": "demo",
    "keys": "keys",
    "verify": "verify",
    "request": "request",
    "status": "status",
    "list": "list",
    "withdraw": "withdraw",
    "members": "members",
    "check-config": "check_config",
    "migrate": "migrate",
    # issue 5: the admin side
    "digest": "digest",
    "review": "review",
    "export": "export",
    "forget": "forget",
    "export-person": "export_person",
}

DEFAULT_CONFIG = Path("config.toml")


def _settings(args: argparse.Namespace) -> Settings:
    path: Path | None = args.config
    if path is None and DEFAULT_CONFIG.exists():
        path = DEFAULT_CONFIG
    return load_settings(path)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="endorsebot", description=__doc__)
    parser.add_argument("--config", type=Path, default=None, help="config file (default ./config.toml)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module in COMMANDS.items():
        mod = importlib.import_module(f"bot.commands.{module}")
        command_parser = mod.add_parser(sub, name)
        command_parser.add_argument("--config", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        command_parser.set_defaults(_run=mod.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = _settings(args)
    except ConfigError as exc:
        print(f"endorsebot: configuration error: {exc}", file=sys.stderr)
        return 2
    try:
        return int(args._run(args, settings) or 0)
    except ConfigError as exc:
        print(f"endorsebot: configuration error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
