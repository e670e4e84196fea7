"""`endorsebot` command line: one module per command in bot.commands, each with add_parser() and run().

Exit status, the same for every command (README, "Command line"):
  0  done
  1  failed: not found, not allowed in the request's state, a server or the database unreachable,
     a check that failed, the daemon stopped itself (bot.host.fatal)
  2  usage or configuration: bad arguments, a bad setting, input the rules refuse
Every failure is one line on stderr starting with ``endorsebot:``; never a traceback (set
ENDORSEBOT_DEBUG=1 to see one for an unexpected error). A reader that stops early (``| head -1``)
is not an error: the command stops quietly with status 0.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NoReturn

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
    # issue 13: OAuth2 sign-in
    "oauth2": "oauth2",
}

DEFAULT_CONFIG = Path("config.toml")
CONFIG_ENV = "ENDORSEBOT_CONFIG"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming the command and how to get help."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("endorsebot").strip()
        where = f"{command}: " if command else ""
        self.exit(EXIT_USAGE, f"endorsebot: {where}{message} (see `{self.prog} --help`)\n")


def config_path(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> Path | None:
    """--config, else $ENDORSEBOT_CONFIG, else ./config.toml if there is one, else built-in defaults."""
    env = os.environ if environ is None else environ
    if args.config is not None:
        return Path(args.config)
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV])
    return DEFAULT_CONFIG if DEFAULT_CONFIG.exists() else None


def _settings(args: argparse.Namespace) -> Settings:
    path = config_path(args)
    args.config_source = str(path) if path is not None else "built-in defaults"
    return load_settings(path, check_database=args._uses_database)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="endorsebot", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, default=None,
                        help=f"config file (default ${CONFIG_ENV}, else ./config.toml)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module in COMMANDS.items():
        mod = importlib.import_module(f"bot.commands.{module}")
        command_parser = mod.add_parser(sub, name)
        command_parser.add_argument("--config", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        command_parser.set_defaults(_run=mod.run, _uses_database=getattr(mod, "USES_DATABASE", True))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = _settings(args)
        return int(args._run(args, settings) or 0)
    except ConfigError as exc:
        from bot.console.terminal import err

        err(f"endorsebot: configuration error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise
    except Exception as exc:
        if os.environ.get("ENDORSEBOT_DEBUG"):
            raise
        first = (str(exc).strip().splitlines() or [""])[0][:300]
        from bot.console.terminal import err  # the message may quote a hostile file's text

        err(f"endorsebot: {args.command} failed: {type(exc).__name__}: {first} "
            "(ENDORSEBOT_DEBUG=1 shows the traceback)")
        return EXIT_FAILED


def _silence_stdout() -> None:
    """The reader went away: point stdout at /dev/null so the interpreter's final flush is quiet too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # stdout is not a real file (tests capture it): nothing will flush to the closed pipe
