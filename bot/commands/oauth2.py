"""`endorsebot oauth2 login`: sign the bot's mailbox in once and keep the refresh token the daemon needs.

    endorsebot oauth2 login --provider microsoft --out /etc/endorsebot/oauth2.env   # device code
    endorsebot oauth2 login --provider google --print                              # loopback redirect

Microsoft signs in with a device code (open a URL anywhere, type the code); Google with a loopback
redirect (its mail scope is refused to the device flow): a browser on this machine, or one whose
localhost reaches it through ``ssh -L PORT:127.0.0.1:PORT``, opens the printed URL. ``--flow`` picks the
other one where the provider allows it.

The refresh token goes where the operator says: ``--out FILE`` writes (or updates) the line
``ENDORSEBOT_OAUTH2_REFRESH_TOKEN=...`` in an environment file of mode 0600, owned by whoever runs the
command (run it as the service user; systemd reads it with EnvironmentFile=), keeping its other lines;
``--print`` writes the token alone on stdout for a secrets manager. Everything else goes to stderr.
The client id, tenant and scopes come from [oauth2] (or --client-id / --tenant); a client secret only from
ENDORSEBOT_OAUTH2_CLIENT_SECRET.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
import webbrowser
from pathlib import Path
from typing import Any

from bot.host.private_files import write_env_line
from bot.settings import OAUTH2_REFRESH_TOKEN_ENV, Settings

VARIABLE = OAUTH2_REFRESH_TOKEN_ENV


# This command never opens the database, so its URL is not checked (that check imports SQLAlchemy).
USES_DATABASE = False


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="sign the mailbox in with OAuth2 (Microsoft 365, Google)")
    actions = p.add_subparsers(dest="oauth2_action", required=True, metavar="ACTION")
    login = actions.add_parser("login", help="get the refresh token: device code (Microsoft) or loopback "
                                             "redirect (Google)")
    login.add_argument("--provider", choices=("microsoft", "google", "generic"), default=None,
                       help="default: [oauth2] provider")
    login.add_argument("--flow", choices=("device", "loopback"), default=None,
                       help="default: device for microsoft, loopback for google")
    where = login.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, help=f"environment file to write {VARIABLE}=... to (mode 0600)")
    where.add_argument("--print", dest="print_token", action="store_true",
                       help="print the refresh token alone on stdout (for a secrets manager)")
    login.add_argument("--client-id", default=None, help="default: [oauth2] client_id")
    login.add_argument("--tenant", default=None, help="Microsoft directory (tenant) id or domain; "
                                                      "default: [oauth2] tenant")
    login.add_argument("--port", type=int, default=0,
                       help="loopback flow: local port the browser returns to (default: any free one)")
    login.add_argument("--open-browser", action="store_true", help="loopback flow: open the URL in a browser here")
    login.add_argument("--timeout-s", type=float, default=900.0, help="how long to wait for the sign-in")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.adapters.oauth2 import endpoints
    from bot.adapters.oauth2_login import LoginFailed

    o = settings.oauth2
    changes = {k: v for k, v in (("provider", args.provider), ("client_id", args.client_id),
                                 ("tenant", args.tenant)) if v is not None}
    o = dataclasses.replace(o, **changes)
    if not o.client_id:
        print("endorsebot: oauth2 login: no client id: set [oauth2] client_id or pass --client-id "
              "(the app registration's client/application id; README: \"OAuth2\")", file=sys.stderr)
        return 2
    if o.provider == "generic" and not o.token_url:
        print("endorsebot: oauth2 login: provider generic needs [oauth2] token_url", file=sys.stderr)
        return 2
    e = endpoints(o)
    flow = args.flow or e.login_flow
    try:
        refresh_token = asyncio.run(_login(o, e, flow, args))
    except LoginFailed as exc:
        print(f"endorsebot: oauth2 login failed: {exc}", file=sys.stderr)
        return 1
    if args.print_token:
        print(refresh_token)
        _say(f"Signed in. Store the token above as {VARIABLE} where the daemon reads its environment.")
        return 0
    problem = write_env_line(args.out, VARIABLE, refresh_token)
    if problem:
        print(f"endorsebot: oauth2 login: {problem}", file=sys.stderr)
        return 1
    _say(f"Signed in. {VARIABLE} written to {args.out} (mode 0600). Restart the daemon to use it; "
         "`endorsebot check-config` shows the sign-in working.")
    return 0


async def _login(settings: Any, e: Any, flow: str, args: argparse.Namespace) -> str:
    from bot.adapters.oauth2_login import DevicePrompt, device_login, loopback_login

    if flow == "device":
        def prompt(p: DevicePrompt) -> None:
            _say(p.message or f"To sign in, open {p.verification_uri} and enter the code {p.user_code}")
            _say(f"Waiting up to {min(p.expires_in_s, args.timeout_s):g} s for the sign-in "
                 f"(sign in as the bot's mailbox, {settings.provider}, scopes {' '.join(e.scopes)}) ...")

        tokens = await device_login(settings, e, prompt, max_wait_s=args.timeout_s)
    else:
        def show(url: str) -> None:
            _say("Open this URL in a browser on this machine (or one with `ssh -L PORT:127.0.0.1:PORT` to it) and "
                 "sign in as the bot's mailbox:")
            _say(url)
            if args.open_browser:
                webbrowser.open(url)
            _say(f"Waiting up to {args.timeout_s:g} s for the browser to come back ...")

        # Microsoft registers the redirect as "http://localhost" for desktop apps; Google takes the loopback IP.
        host_name = "localhost" if settings.provider == "microsoft" else "127.0.0.1"
        tokens = await loopback_login(settings, e, show, port=args.port, host_name=host_name,
                                      max_wait_s=args.timeout_s)
    return tokens.refresh_token


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
