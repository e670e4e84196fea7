"""`endorsebot check-config`: validate the configuration and try every server it names.

Prints one line per check (config, oauth2 when [imap] or [smtp] signs in with it, smtp, imap, database, and llm
when a classifier mode uses one):
ok or FAILED with the reason. Exit 1 if
any failed. Secrets are never printed: error texts are scrubbed of the configured passwords and
database URLs are shown with their password hidden.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote_plus
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.console.terminal import json_text, out
from bot.ports import OAuth2RefreshRefused
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.adapters.oauth2 import AccessTokens

# On top of the adapters' own timeouts, so a server that accepts and then says nothing cannot hang us.
GRACE_S = 5.0


class ProbeFailed(Exception):
    """A probe's failure, already worded for the admin (where, and what went wrong)."""


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        name, help="validate the configuration and try the SMTP, IMAP, database (and LLM) connections"
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    results = asyncio.run(check_all(settings, source=getattr(args, "config_source", "built-in defaults")))
    if args.format == "json":
        out(json_text([asdict(r) for r in results]))
    else:
        out(render(results))
    return 0 if all(r.ok for r in results) else 1


def render(results: Iterable[CheckResult]) -> str:
    rows = list(results)
    width = max(len(r.name) for r in rows)
    return "\n".join(f"{r.name.ljust(width)}  {'ok' if r.ok else 'FAILED':6}  {r.detail}" for r in rows)


async def check_all(settings: Settings, source: str = "") -> list[CheckResult]:
    """The static checks, then every connection at once (each bounded by its own timeout)."""
    from bot.app import access_tokens

    secrets = known_secrets(settings)
    tokens = access_tokens(settings)  # one OAuth2 token for the probes, as in the daemon
    probes: list[tuple[str, Callable[[], Awaitable[str]], float]] = [
        ("smtp", lambda: probe_smtp(settings, tokens), settings.smtp.timeout_s),
        ("imap", lambda: probe_imap(settings, tokens), settings.imap.timeout_s) if settings.ingress.mode == "imap"
        else ("lmtp", lambda: probe_lmtp(settings), 5.0),
        ("database", lambda: probe_database(settings), 30.0),
    ]
    if tokens is not None:
        probes.insert(0, ("oauth2", lambda: probe_oauth2(settings, tokens), settings.oauth2.timeout_s))
    skipped = []
    if settings.classifier.mode != "rules":
        if _missing_llm_key(settings):
            skipped.append(CheckResult("llm", False, f"not tried: {settings.llm.api_key_env} is empty"))
        else:
            probes.append(("llm", lambda: probe_llm(settings), settings.llm.timeout_s))
    connections = await asyncio.gather(*(_attempt(name, probe, t, secrets) for name, probe, t in probes))
    results = [check_static(settings, source), check_security(settings), *connections, *skipped]
    return [CheckResult(r.name, r.ok, scrub(r.detail, secrets)) for r in results]  # every line, whatever its source


def check_security(settings: Settings) -> CheckResult:
    """How mail that asks the bot to act proves its sender (issue 10): always printed, never a failure."""
    requests = settings.security.describe_email_auth()
    admins = ("admin commands: same proof" if settings.admins.require_authentication
              else "admin commands: signed address only ([admins] require_authentication = false)")
    return CheckResult("security", True, f"requests by email: {requests}; {admins}")


async def _attempt(name: str, probe: Callable[[], Awaitable[str]], timeout_s: float, secrets: list[str]) -> CheckResult:
    try:
        detail = await asyncio.wait_for(probe(), timeout_s + GRACE_S)
    except TimeoutError:
        return CheckResult(name, False, f"no answer within {timeout_s + GRACE_S:g} s")
    except ProbeFailed as exc:
        return CheckResult(name, False, scrub(str(exc), secrets))
    except Exception as exc:  # any failure of a probe is a result to print, not a crash
        return CheckResult(name, False, scrub(_describe(exc), secrets))
    return CheckResult(name, True, scrub(detail, secrets))


def known_secrets(settings: Settings) -> list[str]:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    values = [settings.smtp.password, settings.imap.password, settings.bot.secret, settings.llm.api_key(),
              settings.oauth2.refresh_token, settings.oauth2.client_secret]
    found = [s.value for s in values if s]
    try:
        db_password = make_url(settings.database.url).password
    except ArgumentError:
        db_password = None
    return [*found, str(db_password)] if db_password else found


# Credentials written into a URL (issue 10 item 15): "scheme://user:password@host" and "?api_key=..." style
# values, whatever the setting that holds the URL: in the query, the fragment ("#access_token=", as OAuth's
# implicit flow writes it) or a path parameter (";token="), under any name that says key, token, secret,
# password, signature or auth ("apiKey", "client_secret", "X-Auth"); and a host written as "user:password@host"
# with no scheme (an [imap]/[smtp] host copied from a URL), which the probes echo in their errors.
_URL_USERINFO = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)[^/@\s]+@", re.I)
_URL_SECRET_PARAM = re.compile(r"(?P<key>[?&#;][\w.-]*(?:key|token|secret|passw|pwd|sig|auth|credential|code)"
                               r"[\w.-]*=)[^&#;\s]+", re.I)
_HOST_USERINFO = re.compile(r"(?<![\w.:/@-])[\w.%+-]+:[^\s/@]+@(?=[\w-]+(?:\.[\w-]+)*)")
# A key written as a path segment of a URL ("https://gateway.example/v1/sk-3f9a.../chat", as some LLM gateways
# take it): a segment of 24 characters or more, letters and digits mixed, is masked; "v1", "chat", "gpt-4o" and
# "deployments" are left as they are.
_URL_PATH_KEY = re.compile(r"(?<=[a-z0-9.\]]/)(?=[\w-]*[0-9])(?=[\w-]*[A-Za-z])[\w-]{24,}(?=[/?#;\s:]|$)", re.I)


def scrub(text: str, secrets: Iterable[str]) -> str:
    # The shapes first: a known secret replaced inside a parameter's name would hide the name from them.
    text = _URL_USERINFO.sub(r"\g<scheme>***@", text)
    text = _HOST_USERINFO.sub("***@", text)
    text = _URL_SECRET_PARAM.sub(r"\g<key>***", text)
    text = _URL_IN_TEXT.sub(lambda m: _encoded_params_masked(m.group()), text)
    text = _url_path_keys(text)
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


_URL_IN_TEXT = re.compile(r"[a-z][a-z0-9+.-]*://[^\s]+", re.I)


# A secret parameter once a URL's percent escapes are undone: its name may also follow a blank, as in libpq's
# "options=-c password=..." (written "-c%20password%3D..." in the URL).
_DECODED_SECRET_PARAM = re.compile(r"[?&#;\s][\w.-]*(?:key|token|secret|passw|pwd|sig|auth|credential|code)[\w.-]*="
                                   r"(?P<value>[^&#;\s]+)", re.I)


def _encoded_params_masked(url: str) -> str:
    """``url`` with the values of its secret parameters masked where percent escapes hid their names, their "=" or
    the blank before them ('?api%5Fkey=...', 'options=-c%20password%3D...': issue 10 item 15, red-team variants):
    found in the decoded URL, then masked in the URL as written, whichever of their characters are escaped."""
    if "%" not in url and "+" not in url:
        return url
    for match in _DECODED_SECRET_PARAM.finditer(unquote_plus(url)):
        spelt = "".join(_any_spelling(char) for char in match["value"])
        url = re.sub(spelt, "***", url, flags=re.I)
    return url


def _any_spelling(char: str) -> str:
    """A regex for ``char`` as a URL may write it: as itself or percent-escaped (a space also as "+")."""
    escaped = re.escape(quote(char, safe=""))
    if char == " ":
        return r"(?:\+|%20| )"
    return f"(?:{re.escape(char)}|{escaped}|%{ord(char):02x})" if char.isascii() else f"(?:{re.escape(char)}|{escaped})"


def _url_path_keys(text: str) -> str:
    """Every URL in ``text`` with its key-like path segments masked (_URL_PATH_KEY); other words stay."""
    return _URL_IN_TEXT.sub(lambda m: _URL_PATH_KEY.sub("***", m.group()), text)


def _describe(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text and text[0] else type(exc).__name__


# ---- static -------------------------------------------------------------------------------------


def check_static(settings: Settings, source: str) -> CheckResult:
    """What load_settings cannot see on its own: settings that only make sense together."""
    problems = [*_timezone_problems(settings), *_credential_problems(settings)]
    if problems:
        return CheckResult("config", False, "; ".join(problems))
    admins = len(settings.admins.addresses)
    note = "" if admins else "; note: no [admins] addresses, so nobody gets alerts"
    note += "".join(f"; note: {n}" for n in _signing_notes(settings))
    return CheckResult("config", True, f"{source}: bot {settings.bot.address}, {admins} admin(s){note}")


def _timezone_problems(settings: Settings) -> list[str]:
    problems = []
    for table, zone in (("workflow", settings.workflow.timezone), ("digest", settings.digest.timezone)):
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(f"[{table}] timezone {zone!r} is not a known time zone")
    return problems


def _credential_problems(settings: Settings) -> list[str]:
    problems = []
    if not settings.imap.username and settings.ingress.mode == "imap":
        problems.append("[imap] username is empty (IMAP always needs a login)")
    for table in ("smtp", "imap"):
        part = getattr(settings, table)
        if part.auth == "password" and part.username and not part.password:
            problems.append(f"[{table}] username is set but ENDORSEBOT_{table.upper()}_PASSWORD is empty")
    problems += _oauth2_problems(settings)
    if settings.classifier.mode != "rules" and _missing_llm_key(settings):
        problems.append(f"[classifier] mode is {settings.classifier.mode!r} but {settings.llm.api_key_env} is empty")
    return problems


def _oauth2_problems(settings: Settings) -> list[str]:
    from bot.settings import uses_oauth2

    tables = uses_oauth2(settings)
    if not tables:
        return []
    o = settings.oauth2
    where = " and ".join(f"[{t}]" for t in tables)
    problems = []
    if not o.refresh_token:
        problems.append(f"{where} auth is oauth2 but ENDORSEBOT_OAUTH2_REFRESH_TOKEN is empty: sign in with "
                        f"`endorsebot oauth2 login --provider {o.provider}`")
    if o.provider == "google" and not o.client_secret:
        problems.append("[oauth2] provider google needs ENDORSEBOT_OAUTH2_CLIENT_SECRET (the desktop client's secret)")
    return problems


def _signing_notes(settings: Settings) -> list[str]:
    """Endorsements go out unsigned without a key, and a did:web on an example domain resolves nowhere."""
    from bot.credentials.issuer import is_example_domain
    from bot.credentials.keys import PRIVATE_KEY_FILE

    notes = []
    if not (Path(settings.credentials.key_dir) / PRIVATE_KEY_FILE).is_file():
        notes.append(f"no signing key in {settings.credentials.key_dir}: passed requests get no verifiable "
                     "credential until you run `endorsebot keys generate`")
    domain = settings.credentials.issuer_domain
    if domain and is_example_domain(domain):
        notes.append(f"[credentials] issuer_domain {domain!r} is an example domain: no verifier can resolve "
                     "did:web on it")
    return notes


def _missing_llm_key(settings: Settings) -> bool:
    return settings.llm.requires_api_key and not settings.llm.api_key()


# ---- connections --------------------------------------------------------------------------------


def _where(host: str, port: int, security: str, username: str, oauth2: str = "") -> str:
    who = f" as {username}" if username else ""
    how = f" with OAuth2 ({oauth2.upper()})" if oauth2 else ""
    return f"{host}:{port} ({security}){who}{how}"


async def probe_oauth2(settings: Settings, tokens: AccessTokens) -> str:
    """Renew an access token from the refresh token: proves the consent still holds. A refusal is named
    (oauth2_refresh_failed), as the daemon's alert names it."""
    from bot.adapters.oauth2 import endpoints

    o = settings.oauth2
    e = endpoints(o)
    try:
        await tokens.token()
    except OAuth2RefreshRefused as exc:
        raise ProbeFailed(f"{exc.condition}: {exc}") from exc
    except Exception as exc:
        raise ProbeFailed(f"{e.token_url}: {exc}") from exc
    return (f"{o.provider} ({e.token_url}), client {o.client_id}: refresh token accepted, access token renewed; "
            f"scopes {' '.join(e.scopes)}")


async def probe_smtp(settings: Settings, tokens: AccessTokens | None = None) -> str:
    """Connect, EHLO (and STARTTLS if configured), log in if a username is set, QUIT."""
    from bot.adapters.smtp import SmtpSender

    s = settings.smtp
    oauth2 = settings.oauth2.mechanism if s.auth == "oauth2" else ""
    where = _where(s.host, s.port, s.security, s.username, oauth2)
    async with SmtpSender(s, tokens=tokens) as sender:
        try:
            await _smtp_connect(sender)
        except Exception as exc:
            raise ProbeFailed(f"{where}: {exc}") from exc
    logged_in = s.username or oauth2
    return f"{where}: connected" + (", logged in" if logged_in else " (no login configured)")


async def _smtp_connect(sender: Any) -> None:
    # SmtpSender connects lazily on the first send; check() connects, upgrades and logs in now.
    await sender.check()


async def probe_lmtp(settings: Settings) -> str:
    """[ingress] mode = "lmtp": a daemon already answers at the listen address, or the address can be taken."""
    import socket

    listen = settings.ingress.listen
    address = settings.ingress.listen_address()
    try:
        if isinstance(address, str):
            reader, writer = await asyncio.open_unix_connection(address)
        else:
            reader, writer = await asyncio.open_connection(*address)
    except OSError:
        pass
    else:
        greeting = (await asyncio.wait_for(reader.readline(), 5.0)).decode(errors="replace").strip()
        writer.close()
        return f"{listen} answers ({greeting[:80]}); the MTA's transport must point there"
    try:
        if isinstance(address, str):
            folder = os.path.dirname(address) or "."
            if not os.access(folder, os.W_OK | os.X_OK):
                raise OSError(f"cannot create a socket in {folder}")
        else:
            with socket.socket(socket.AF_INET6 if ":" in address[0] else socket.AF_INET) as sock:
                sock.bind(address)
    except OSError as exc:
        raise ProbeFailed(f"cannot listen on {listen}: {exc.strerror or exc}") from None
    return f"nothing listens on {listen} yet; `endorsebot run` will (the MTA keeps mail queued until then)"


async def probe_imap(settings: Settings, tokens: AccessTokens | None = None) -> str:
    """Log in and select the mailbox (which also proves it exists)."""
    from bot.adapters.imap import ImapMailbox

    s = settings.imap
    where = _where(s.host, s.port, s.security, s.username, settings.oauth2.mechanism if s.auth == "oauth2" else "")
    mailbox = ImapMailbox(s, tokens=tokens)
    try:
        uidvalidity = await mailbox.connect()
    except Exception as exc:
        raise ProbeFailed(f"{where}: {exc}") from exc
    finally:
        await mailbox.close()
    return f"{where}: logged in, selected {s.mailbox!r} (UIDVALIDITY {uidvalidity})"


async def probe_llm(settings: Settings) -> str:
    """List the server's models and look for the configured one; no tokens are spent."""
    from bot.adapters.llm import OpenAIChatClient

    client = OpenAIChatClient(settings.llm, settings.llm.api_key())
    try:
        return f"{settings.llm.base_url}: {await client.check()}"
    except Exception as exc:
        raise ProbeFailed(f"{settings.llm.base_url}: {exc}") from exc
    finally:
        await client.aclose()


async def probe_database(settings: Settings) -> str:
    """Connect and compare the schema revision with the newest one; never changes anything."""
    from sqlalchemy.engine import make_url

    from bot.db.engine import Database
    from bot.db.migrate import current_revision, head_revision
    from bot.host.instance_lock import holder, sqlite_file

    db = Database(settings.database.url)
    url = make_url(db.url)
    shown = url.render_as_string(hide_password=True)
    db_file = sqlite_file(db.url)
    if db_file is not None and not db_file.exists():  # connecting would create it: change nothing
        await db.close()
        return _missing_sqlite_file(shown, str(db_file))
    try:
        async with db.engine.connect() as conn:
            revision = await conn.run_sync(current_revision)
            if revision is not None:
                await _probe_write(conn, shown)
    except ProbeFailed:
        raise
    except Exception as exc:
        raise ProbeFailed(f"{shown}: {_describe(exc)}") from exc
    finally:
        await db.close()
    head = head_revision()
    running = holder(db.url)
    daemon = f"; a daemon (pid {running}) runs on this file, a second one would refuse to start" if running else ""
    if revision == head:
        return f"{shown}: schema at revision {revision} (newest){daemon}"
    state = "empty" if revision is None else f"at revision {revision}"
    return f"{shown}: connected; schema {state}, newest is {head}: `endorsebot migrate` (or the daemon) upgrades it"


async def _probe_write(conn: Any, shown: str) -> None:
    """The daemon's own start-up check (bot.daemon), rolled back: a write that would change nothing."""
    from sqlalchemy import text

    try:
        await conn.execute(text("UPDATE alembic_version SET version_num = version_num"))
    except Exception as exc:
        raise ProbeFailed(f"{shown}: the database cannot be written: {_describe(exc)}") from exc
    finally:
        await conn.rollback()


def _missing_sqlite_file(shown: str, database: str) -> str:
    folder = Path(database).resolve().parent
    if not folder.is_dir():
        raise ProbeFailed(f"{shown}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise ProbeFailed(f"{shown}: folder {folder} is not writable")
    return f"{shown}: file does not exist yet; `endorsebot migrate` (or the daemon) creates it"
