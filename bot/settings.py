"""Typed, frozen settings: config.toml, then ENDORSEBOT_<TABLE>_<KEY> environment overrides.

Secrets (passwords, API keys) never live in the file: they come from the environment only and are
kept in ``Secret`` wrappers whose repr never shows the value.
"""

from __future__ import annotations

import dataclasses
import math
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args, get_origin, get_type_hints

Security = Literal["tls", "starttls", "none"]
IngressMode = Literal["imap", "lmtp"]
# LMTP mode: a reply is on time by when the MTA took it ("mta": the Received header it put on top) or by when
# it reached the bot ("arrival").
ReceiptTime = Literal["mta", "arrival"]
ClassifierMode = Literal["rules", "llm", "both"]
# How the bot logs in to IMAP / SMTP: a password, or an OAuth2 access token over SASL (see [oauth2]).
AuthMethod = Literal["password", "oauth2"]
OAuth2Provider = Literal["google", "microsoft", "generic"]
# SASL mechanism carrying the access token: Google's XOAUTH2 (Google and Microsoft 365 take it) or RFC 7628.
SaslMechanism = Literal["xoauth2", "oauthbearer"]


class ConfigError(ValueError):
    """A setting is missing, of the wrong type or out of range; the message names the key."""


@dataclass(frozen=True, slots=True)
class Secret:
    """A value that must never be printed or logged."""

    value: str = field(repr=False)

    def __repr__(self) -> str:
        return "Secret('***')" if self.value else "Secret('')"

    def __bool__(self) -> bool:
        return bool(self.value)


@dataclass(frozen=True, slots=True)
class BotSettings:
    address: str = "endorsebot@example.org"
    name: str = "endorsebot"
    # Signs reply tokens and admin command addresses; from ENDORSEBOT_BOT_SECRET only.
    secret: Secret = Secret("")


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str = "127.0.0.1"
    port: int = 25
    security: Security = "none"
    username: str = ""
    password: Secret = Secret("")
    # "oauth2": AUTH XOAUTH2/OAUTHBEARER with an access token from [oauth2] instead of the password.
    auth: AuthMethod = "password"
    timeout_s: float = 30.0
    batch_size: int = 100
    max_attempts: int = 8
    retry_base_s: float = 30.0
    # An email handed to the server with no answer is resent only when its own copy (Bcc to the bot) is
    # missing after a probe sent later came back, and the server delivered something this long after the
    # handing: room for a server that reorders its deliveries (bot.outbound.outbox).
    in_doubt_settle_s: float = 5.0


@dataclass(frozen=True, slots=True)
class ImapSettings:
    host: str = "127.0.0.1"
    port: int = 143
    security: Security = "none"
    username: str = ""
    password: Secret = Secret("")
    # "oauth2": AUTHENTICATE XOAUTH2/OAUTHBEARER with an access token from [oauth2] instead of the password.
    auth: AuthMethod = "password"
    mailbox: str = "INBOX"
    idle: bool = True
    poll_interval_s: float = 60.0
    # IDLE is re-issued before servers drop it (RFC 2177 says 29 min); a stall is detected sooner.
    idle_timeout_s: float = 300.0
    timeout_s: float = 30.0
    reconnect_max_s: float = 60.0


@dataclass(frozen=True, slots=True)
class OAuth2Settings:
    """Sign-in for [imap]/[smtp] auth = "oauth2". The provider's endpoints and scopes are presets
    (bot/adapters/oauth2_providers.toml); a URL or scopes given here replace the preset's."""

    provider: OAuth2Provider = "generic"
    # The app registration's client (application) id; not a secret.
    client_id: str = ""
    # From ENDORSEBOT_OAUTH2_CLIENT_SECRET only (Google's desktop clients have one; a Microsoft public client none).
    client_secret: Secret = Secret("")
    # From ENDORSEBOT_OAUTH2_REFRESH_TOKEN only; `endorsebot oauth2 login` obtains it.
    refresh_token: Secret = Secret("")
    # The environment file that holds ENDORSEBOT_OAUTH2_REFRESH_TOKEN for the service (the one `oauth2 login
    # --out` wrote, systemd's EnvironmentFile=). A provider that rotates refresh tokens (Microsoft) hands a new
    # one with a renewal: it is written back there (mode 0600, never through a symlink), and a renewal reads the
    # newest from there, so a restart or another process (check-config) never holds one rotated away.
    # Empty: the rotated token lives in memory only and a restart falls back to the environment's.
    refresh_token_file: str = ""
    # Microsoft: the directory (tenant) id or domain; "organizations" takes any work or school account.
    tenant: str = "organizations"
    token_url: str = ""
    authorization_url: str = ""
    device_authorization_url: str = ""
    scopes: tuple[str, ...] = ()
    mechanism: SaslMechanism = "xoauth2"
    # An access token is renewed this long before it expires, so a login never carries one about to lapse.
    refresh_margin_s: float = 300.0
    timeout_s: float = 30.0
    # After the provider refused the refresh token, it is asked again only this often (the refusal is
    # repeated meanwhile): IMAP and SMTP retries must not hammer a token endpoint that said no.
    refused_retry_s: float = 300.0


@dataclass(frozen=True, slots=True)
class IngressSettings:
    # How mail reaches the bot. "imap": the daemon reads the mailbox in [imap]. "lmtp": the operator's MTA
    # (Postfix, Exim) hands every message to the daemon over LMTP at `listen` and keeps it queued while the
    # daemon is down or answers 4xx; no mailbox is read (see bot/inbound/lmtp.py).
    mode: IngressMode = "imap"
    # Where the LMTP listener binds: a loopback "host:port" ("127.0.0.1:8024", "[::1]:8024") or a UNIX
    # socket path ("/run/endorsebot/lmtp.sock" or "unix:/run/..."). Loopback only: LMTP has no login, so
    # whoever reaches it can hand the bot mail as if the MTA had accepted it.
    listen: str = "127.0.0.1:8024"
    # Permission bits (octal) of the UNIX socket: the MTA's user (postfix) must be able to write to it.
    socket_mode: str = "660"
    # The largest message taken (552 above it: the MTA returns it to its sender). Keep it above the MTA's own
    # limit (Postfix message_size_limit, 10 MB by default) so that, as with IMAP, the MTA's limit decides.
    max_message_bytes: int = 64 * 1024 * 1024
    # A command that makes the MTA retry its deferred queue now (e.g. "postqueue -f"); run at start-up and when
    # an email left in doubt waits for the bot's own copy. Empty: wait for the MTA's own retry timer.
    flush_command: str = ""
    # "mta": a message counts from when the MTA took it, the date of the Received header the MTA puts on top of
    # every message (a reply it held while the daemon was down is as on time as IMAP mode's INTERNALDATE makes
    # it), trusted only up to 5 days before it reached the bot and never after; "arrival": from when it
    # reached the bot. Use "arrival" with an MTA that does not add its own Received header.
    receipt_time: ReceiptTime = "mta"

    def __post_init__(self) -> None:
        if self.mode == "lmtp":
            self.listen_address()  # raises ConfigError when malformed or not loopback
        try:
            mode = int(self.socket_mode, 8)
        except ValueError:
            mode = -1
        if not 0 <= mode <= 0o777:
            raise ConfigError(f"[ingress] socket_mode must be octal bits like '660', not {self.socket_mode!r}")
        if not 1024 <= self.max_message_bytes <= 1024**3:
            raise ConfigError(f"[ingress] max_message_bytes must be between 1024 and {1024**3}, "
                              f"not {self.max_message_bytes}")

    def listen_address(self) -> tuple[str, int] | str:
        """(host, port) for a loopback TCP listener, or the path of a UNIX socket."""
        listen = self.listen.strip()
        if listen.startswith(("unix:", "/")):
            path = listen.removeprefix("unix:")
            if not path.startswith("/"):
                raise ConfigError(f"[ingress] listen: a UNIX socket path must be absolute, not {path!r}")
            return path
        host, colon, port = listen.rpartition(":")
        host = host.removeprefix("[").removesuffix("]")
        if not colon or not port.isdigit() or not 1 <= int(port) <= 65535:
            raise ConfigError(f"[ingress] listen must be host:port or a UNIX socket path, not {self.listen!r}")
        if not _is_loopback(host):
            raise ConfigError(f"[ingress] listen must be a loopback address (127.0.0.1, [::1], localhost) "
                              f"or a UNIX socket: LMTP has no login, not {host!r}")
        return host, int(port)


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class DatabaseSettings:
    url: str = "sqlite+aiosqlite:///endorsebot.sqlite3"


@dataclass(frozen=True, slots=True)
class WorkflowSettings:
    window_hours: float = 36.0
    # Hours before the deadline at which a reminder goes out. Reminders that would fall before the
    # request was even sent (>= window_hours) are skipped, so a short window needs no other change.
    reminder_hours_before: tuple[float, ...] = (12.0,)

    def reminder_schedule(self) -> tuple[float, ...]:
        """The reminders that fit in the window, earliest (largest) first."""
        return tuple(sorted((h for h in self.reminder_hours_before if 0 < h < self.window_hours), reverse=True))
    timezone: str = "UTC"
    sweep_interval_s: float = 60.0
    # Per endorser, requests started by email in a rolling day.
    max_requests_per_endorser_per_day: int = 10


@dataclass(frozen=True, slots=True)
class EvaluationSettings:
    min_tools: int = 2
    min_metrics: int = 3
    min_tips: int = 1
    # Seconds the keyword rules may take for one reply, in a judge worker process off the event loop; a
    # reply that takes longer is quarantined as judge_timeout (never judged again) while the inbox, outbox
    # and signals carry on.
    judge_budget_s: float = 30.0
    # Seconds parsing one fetched message may take (MIME, decoding, HTML to visible text, the new text), in
    # the same judge worker processes; a message that takes longer is stored with its bytes and quarantined
    # as parse_timeout (never parsed again). A budget of its own, not judge_budget_s: another stage, with
    # its own reason, and its work grows with the message's size (up to [ingress] max_message_bytes) where
    # the rules' is capped by the max_judged_* bounds. A 45 MB attachment or 10 MB of HTML parses in under
    # a second.
    parse_budget_s: float = 30.0
    # Characters of a reply's new text the rules read; a longer reply goes to review as too_long (a person
    # reads it), so the rules' work per message has a fixed ceiling (bot/evaluation/bounded.py).
    max_judged_chars: int = 20000
    # Words, and sentences or lines, of it the rules read, as well; a reply with more goes to review as
    # too_long too (the rules' work grows with words, sentences and lines, not characters alone).
    max_judged_words: int = 1000
    max_judged_sentences: int = 150
    # Keywords of it (tools, metrics, usage frames, quantities, actions for angry customers, anger words).
    max_judged_keywords: int = 50
    # Worker processes the daemon judges in; an overrun is stopped by killing its process. 0 judges in a
    # thread instead, which cannot be stopped (for hosts that forbid starting processes).
    judge_workers: int = 2


@dataclass(frozen=True, slots=True)
class ClassifierSettings:
    mode: ClassifierMode = "rules"


@dataclass(frozen=True, slots=True)
class LlmSettings:
    base_url: str = "https://api.openai.com/v1"
    model: str = "gpt-4o-mini"
    api_key_env: str = "ENDORSEBOT_LLM_API_KEY"
    timeout_s: float = 20.0
    max_retries: int = 2
    daily_budget_usd: float = 5.0
    input_usd_per_mtok: float = 0.15
    output_usd_per_mtok: float = 0.60
    # Caps the answer's length (and so its cost); the judge's JSON needs a few hundred tokens.
    max_output_tokens: int = 1000
    # 0 makes a verdict as reproducible as the server allows; reasoning models may require 1.
    temperature: float = 0.0
    # Which prompts/<name>.j2 to use; a new wording gets a new name so old verdicts stay reproducible.
    prompt_template: str = "judge_v1"
    # Longer replies are judged by rules alone: one pasted novel must not eat the day's budget.
    max_input_chars: int = 20000

    def api_key(self, environ: Mapping[str, str] | None = None) -> Secret:
        env = os.environ if environ is None else environ
        return Secret(env.get(self.api_key_env, ""))

    @property
    def requires_api_key(self) -> bool:
        """OpenAI itself needs a key; local OpenAI-compatible servers (Ollama, vLLM, LM Studio) take none."""
        return "api.openai.com" in self.base_url


@dataclass(frozen=True, slots=True)
class AdminSettings:
    addresses: tuple[str, ...] = ()
    alert_min_interval_s: float = 600.0
    # Inbox commands count only if our MTA says the admin's mail passed DMARC/DKIM/SPF ("unknown" is not enough).
    require_authentication: bool = True
    # `extend ID 12h`: the most one command may add, so a typo cannot keep a request open for a year.
    max_extend_hours: float = 168.0


@dataclass(frozen=True, slots=True)
class DigestSettings:
    hour: int = 7
    timezone: str = "UTC"
    # Requests whose deadline falls within this many hours are listed as expiring soon.
    expiring_within_hours: float = 12.0
    # Days of outcomes in the digest's chart.
    chart_days: int = 14
    # Rows shown per list (expiring, undeliverable, unmatched, refused); the rest are counted and the
    # command that lists them is named, so the digest stays small at any load. The review queue is always whole.
    list_rows: int = 20


@dataclass(frozen=True, slots=True)
class PrivacySettings:
    # Raw inbound messages and the bodies of finished outbox rows are deleted after this many days;
    # verdicts, evidence and statuses stay. 0 keeps them forever.
    raw_retention_days: int = 90


@dataclass(frozen=True, slots=True)
class SecuritySettings:
    # authserv-ids (RFC 8601) of our own receiving MTA whose Authentication-Results we trust.
    trusted_authserv_ids: tuple[str, ...] = ()
    # A request by email whose sender is not authenticated (no aligned pass from a trusted MTA, no DKIM
    # signature we verified) is refused when true; when false the endorser must confirm it by answering
    # a one-time address mailed to their registered address before the candidate is mailed.
    require_authenticated_endorsers: bool = True
    # Verify DKIM signatures ourselves (dkimpy) when no trusted Authentication-Results header decides.
    verify_dkim: bool = True
    # DNS servers for the DKIM key lookups ("host" or "host:port"); empty means the system's resolver.
    dns_servers: tuple[str, ...] = ()
    dns_timeout_s: float = 5.0
    # Hours a confirmation address stays valid; an unconfirmed request is withdrawn after that.
    confirmation_valid_hours: float = 48.0
    # Hours a signed admin reply address (in an alert, digest or confirmation) accepts commands.
    admin_address_valid_hours: float = 168.0
    # The most hours all `extend` commands together may add to one request's deadline.
    max_total_extend_hours: float = 336.0
    # Messages one sender address may have handled in a rolling hour; past it, a message is recorded
    # (reason sender_flooding) without its raw bytes and is never judged, so a flood can neither fill the
    # disk nor spend the LLM budget.
    max_inbound_per_sender_per_hour: int = 30
    # Limits a rotating From cannot escape (bot/inbound/limits.py); past them a message is recorded without
    # its raw bytes and never judged. Messages tied to one request (its token address or thread), from anyone:
    max_inbound_per_request: int = 30
    # Messages in an hour from one organizational domain with its subdomains (mail for a request and admins'
    # mail are counted per request or not at all):
    max_inbound_per_domain_per_hour: int = 200
    # Messages in an hour for the whole bot, likewise; the first one over it alerts the admins:
    max_inbound_per_hour: int = 1000

    def __post_init__(self) -> None:
        # Checked here, beside the settings, so [security] stays one self-contained block.
        for key in ("dns_timeout_s", "confirmation_valid_hours", "admin_address_valid_hours",
                    "max_total_extend_hours", "max_inbound_per_sender_per_hour"):
            value = getattr(self, key)
            if not 0 < value <= 24 * 366:
                raise ConfigError(f"[security] {key} must be more than 0 and at most {24 * 366}, not {value:g}")
        for key in ("max_inbound_per_request", "max_inbound_per_domain_per_hour", "max_inbound_per_hour"):
            if not 1 <= getattr(self, key) <= 10_000_000:
                raise ConfigError(f"[security] {key} must be from 1 to 10000000, not {getattr(self, key)}")

    def describe_email_auth(self) -> str:
        """One line for check-config: how a request or admin command by email proves its sender."""
        ways = [f"DMARC/DKIM/SPF pass aligned with From from {', '.join(self.trusted_authserv_ids)}"
                if self.trusted_authserv_ids else "no trusted authserv-id (Authentication-Results ignored)"]
        if self.verify_dkim:
            ways.append("DKIM verified by endorsebot")
        fallback = ("otherwise refused" if self.require_authenticated_endorsers else
                    f"otherwise a confirmation round-trip to the registered address "
                    f"({self.confirmation_valid_hours:g} h)")
        return f"{'; '.join(ways)}; {fallback}"


@dataclass(frozen=True, slots=True)
class CredentialSettings:
    # Where `endorsebot keys generate` writes the Ed25519 signing key (private PEM, public JWK).
    key_dir: str = "keys"
    # The platform issues the credentials. With a domain, its DID is did:web:<domain> (publish did.json with
    # `endorsebot keys publish`); without one, did:key of the signing key (resolvable offline).
    issuer_domain: str = ""
    issuer_name: str = "endorsebot skills check"
    # The endorser is named in every credential; their email address only when this is true.
    publish_endorser_email: bool = False


@dataclass(frozen=True, slots=True)
class DaemonSettings:
    # A refused IMAP/SMTP login or a database that cannot be written is tried this many times (waits
    # of retry_base_s, doubling) before the daemon alerts the admins and exits non-zero, so a
    # supervisor (systemd Restart=on-failure) restarts it or pages someone instead of a silent stall.
    fatal_attempts: int = 3
    fatal_retry_base_s: float = 5.0
    # At start-up the outbox and the catch-up sweeps wait for the mailbox's first whole read (an email a
    # kill left in doubt is decided by its copy, an on-time reply is judged before expiry): once the read
    # has begun (within [imap] timeout_s), at most this long for it to finish. It judges the replies that
    # came while the daemon was down, in judge workers that are still starting.
    first_read_timeout_s: float = 600.0


@dataclass(frozen=True, slots=True)
class Settings:
    bot: BotSettings = BotSettings()
    smtp: SmtpSettings = SmtpSettings()
    imap: ImapSettings = ImapSettings()
    oauth2: OAuth2Settings = OAuth2Settings()
    ingress: IngressSettings = IngressSettings()
    database: DatabaseSettings = DatabaseSettings()
    workflow: WorkflowSettings = WorkflowSettings()
    evaluation: EvaluationSettings = EvaluationSettings()
    classifier: ClassifierSettings = ClassifierSettings()
    llm: LlmSettings = LlmSettings()
    admins: AdminSettings = AdminSettings()
    digest: DigestSettings = DigestSettings()
    privacy: PrivacySettings = PrivacySettings()
    security: SecuritySettings = SecuritySettings()
    credentials: CredentialSettings = CredentialSettings()
    daemon: DaemonSettings = DaemonSettings()

    def replace(self, **tables: Any) -> Settings:
        """A copy with some tables changed: ``s.replace(workflow={"window_hours": 1})``."""
        changes: dict[str, Any] = {}
        for table, values in tables.items():
            current = getattr(self, table)
            changes[table] = values if dataclasses.is_dataclass(values) else dataclasses.replace(current, **values)
        return dataclasses.replace(self, **changes)


OAUTH2_REFRESH_TOKEN_ENV = "ENDORSEBOT_OAUTH2_REFRESH_TOKEN"
# Secrets come from these variables only; a key of that name in config.toml is an error.
_SECRET_ENV = {
    ("smtp", "password"): "ENDORSEBOT_SMTP_PASSWORD",
    ("imap", "password"): "ENDORSEBOT_IMAP_PASSWORD",
    ("bot", "secret"): "ENDORSEBOT_BOT_SECRET",
    ("oauth2", "client_secret"): "ENDORSEBOT_OAUTH2_CLIENT_SECRET",
    ("oauth2", "refresh_token"): OAUTH2_REFRESH_TOKEN_ENV,
}


def _coerce(table: str, key: str, hint: Any, raw: Any) -> Any:
    name = f"[{table}] {key}"
    origin = get_origin(hint)
    if origin is Literal:
        allowed = get_args(hint)
        if raw not in allowed:
            raise ConfigError(f"{name} must be one of {', '.join(map(repr, allowed))}, not {raw!r}")
        return raw
    if origin is tuple:
        (item_type, _) = get_args(hint)
        if isinstance(raw, str):
            raw = [part.strip() for part in raw.split(",") if part.strip()]
        if not isinstance(raw, list | tuple):
            raise ConfigError(f"{name} must be a list")
        return tuple(_coerce(table, key, item_type, item) for item in raw)
    if hint is bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.lower() in {"1", "true", "yes", "on", "0", "false", "no", "off"}:
            return raw.lower() in {"1", "true", "yes", "on"}
        raise ConfigError(f"{name} must be true or false, not {raw!r}")
    if hint in (int, float):
        try:
            value = hint(raw)
        except (TypeError, ValueError):
            raise ConfigError(f"{name} must be a number, not {raw!r}") from None
        except OverflowError:
            raise ConfigError(f"{name} must be a finite number, not {raw!r}") from None
        if not math.isfinite(value):
            raise ConfigError(f"{name} must be a finite number, not {raw!r}")
        if isinstance(raw, float) and hint is int and raw != int(raw):
            raise ConfigError(f"{name} must be a whole number, not {raw!r}")
        if value < 0:
            raise ConfigError(f"{name} must not be negative")
        return value
    if hint is str:
        if not isinstance(raw, str):
            raise ConfigError(f"{name} must be a string, not {raw!r}")
        return raw
    raise ConfigError(f"{name}: unsupported setting type {hint!r}")


def _build_table(table: str, cls: type, values: Mapping[str, Any], environ: Mapping[str, str]) -> Any:
    hints = get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for key in values:
        if key not in hints:
            raise ConfigError(f"[{table}] has no setting {key!r}")
        if hints[key] is Secret:
            raise ConfigError(f"[{table}] {key} is a secret: set {_SECRET_ENV[(table, key)]} instead")
    for key, hint in hints.items():
        if hint is Secret:
            kwargs[key] = Secret(environ.get(_SECRET_ENV[(table, key)], ""))
            continue
        env_name = f"ENDORSEBOT_{table}_{key}".upper()
        if env_name in environ:
            kwargs[key] = _coerce(table, key, hint, environ[env_name])
        elif key in values:
            kwargs[key] = _coerce(table, key, hint, values[key])
    return cls(**kwargs)


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None, *,
                  check_database: bool = True) -> Settings:
    """Read ``path`` (if given and present) and apply environment overrides.

    ``check_database=False`` is for commands that never open the database (``evaluate``): checking the
    URL imports SQLAlchemy, a third of a second that such a command would pay for nothing."""
    env = dict(os.environ if environ is None else environ)
    data: dict[str, Any] = {}
    if path is not None:
        data = _read_toml(Path(path))
    hints = get_type_hints(Settings)
    unknown = set(data) - set(hints)
    if unknown:
        raise ConfigError(f"unknown table(s) in config: {', '.join(sorted(unknown))}")
    tables = {}
    for table, cls in hints.items():
        section = data.get(table, {})
        if not isinstance(section, dict):
            raise ConfigError(f"[{table}] must be a table")
        tables[table] = _build_table(table, cls, section, env)
    settings = Settings(**tables)
    if path is not None:
        settings = _anchor_paths(settings, Path(path).resolve().parent, env)
    _validate(settings, check_database=check_database)
    return settings


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist") from None
    except IsADirectoryError:
        raise ConfigError(f"config file {path} is a directory, not a file") from None
    except PermissionError:
        raise ConfigError(f"config file {path} cannot be read (permission denied)") from None
    except UnicodeDecodeError:
        raise ConfigError(f"config file {path} is not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(f"config file {path} cannot be read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None


# ---- paths: relative to the config file ---------------------------------------------------------
# A relative path written in (or defaulted under) a config file means "next to that file", so the
# daemon finds the same database and keys whatever its working directory (systemd starts it in /).
# A path given in an environment variable stays relative to the working directory, like any shell path.

_SQLITE_PREFIXES = ("sqlite+aiosqlite:///", "sqlite:///")


def _anchor_paths(settings: Settings, base: Path, env: Mapping[str, str]) -> Settings:
    changes: dict[str, Any] = {}
    if "ENDORSEBOT_DATABASE_URL" not in env:
        url = _anchor_sqlite_url(settings.database.url, base)
        if url != settings.database.url:
            changes["database"] = {"url": url}
    key_dir = Path(settings.credentials.key_dir).expanduser()
    if "ENDORSEBOT_CREDENTIALS_KEY_DIR" not in env and not key_dir.is_absolute():
        changes["credentials"] = {"key_dir": str(base / key_dir)}
    return settings.replace(**changes) if changes else settings


def _anchor_sqlite_url(url: str, base: Path) -> str:
    prefix = next((p for p in _SQLITE_PREFIXES if url.startswith(p)), None)
    if prefix is None:
        return url
    rest = url.removeprefix(prefix)
    uri = rest.startswith("file:")
    path = rest.removeprefix("file:") if uri else rest
    if path in ("", ":memory:") or path.startswith(("/", ":memory:", "?")):
        return url
    return prefix + ("file:" if uri else "") + str(base / path)


# ---- validation: every value checked when loaded, so nothing fails later with a traceback -----

# (table, key) -> (lowest, highest) allowed, inclusive; None = no bound on that side.
_RANGES: dict[tuple[str, str], tuple[float | None, float | None]] = {
    ("smtp", "port"): (1, 65535), ("imap", "port"): (1, 65535),
    ("smtp", "timeout_s"): (0.1, 3600), ("imap", "timeout_s"): (0.1, 3600),
    ("smtp", "batch_size"): (1, 100_000), ("smtp", "max_attempts"): (1, 1000),
    ("smtp", "retry_base_s"): (0, 86_400), ("smtp", "in_doubt_settle_s"): (0, 86_400),
    ("imap", "poll_interval_s"): (0.1, 86_400), ("imap", "idle_timeout_s"): (1, 86_400),
    ("imap", "reconnect_max_s"): (0.1, 86_400),
    ("workflow", "window_hours"): (0.001, 24 * 366), ("workflow", "sweep_interval_s"): (0.1, 86_400),
    ("workflow", "max_requests_per_endorser_per_day"): (1, None),
    ("evaluation", "min_tools"): (1, 100), ("evaluation", "min_metrics"): (1, 100),
    ("evaluation", "min_tips"): (1, 100), ("evaluation", "judge_budget_s"): (0.01, 3600),
    ("evaluation", "parse_budget_s"): (0.01, 3600),
    ("evaluation", "max_judged_chars"): (1000, 10_000_000), ("evaluation", "judge_workers"): (0, 64),
    ("evaluation", "max_judged_words"): (10, 10_000_000), ("evaluation", "max_judged_sentences"): (10, 1_000_000),
    ("evaluation", "max_judged_keywords"): (10, 1_000_000),
    ("llm", "timeout_s"): (0.1, 3600), ("llm", "max_retries"): (0, 100), ("llm", "max_output_tokens"): (1, 1_000_000),
    ("llm", "temperature"): (0, 2), ("llm", "max_input_chars"): (1, None),
    ("admins", "max_extend_hours"): (0.001, 24 * 366),
    ("digest", "hour"): (0, 23), ("digest", "chart_days"): (1, 366),
    ("digest", "list_rows"): (1, 10_000), ("digest", "expiring_within_hours"): (0, 24 * 366),
    ("privacy", "raw_retention_days"): (0, 36_500),
    ("daemon", "fatal_attempts"): (1, 1000), ("daemon", "fatal_retry_base_s"): (0, 86_400),
    ("daemon", "first_read_timeout_s"): (0, 86_400),
    ("oauth2", "refresh_margin_s"): (0, 86_400), ("oauth2", "timeout_s"): (0.1, 3600),
    ("oauth2", "refused_retry_s"): (0, 86_400),
}
_DATABASE_SCHEMES = ("sqlite", "sqlite+aiosqlite", "postgresql", "postgres", "postgresql+asyncpg")


# A signing key shorter than this is guessable offline from one signed address (issue 10 item 15).
MIN_BOT_SECRET_CHARS = 32


def _validate(settings: Settings, *, check_database: bool = True) -> None:
    if settings.bot.secret and len(settings.bot.secret.value) < MIN_BOT_SECRET_CHARS:
        raise ConfigError(f"ENDORSEBOT_BOT_SECRET must be at least {MIN_BOT_SECRET_CHARS} characters "
                          "(e.g. python -c \"import secrets; print(secrets.token_urlsafe(32))\")")
    for (table, key), (low, high) in _RANGES.items():
        value = getattr(getattr(settings, table), key)
        if (low is not None and value < low) or (high is not None and value > high):
            span = f"between {low:g} and {high:g}" if low is not None and high is not None else f"at least {low:g}"
            raise ConfigError(f"[{table}] {key} must be {span}, not {value:g}")
    if any(h <= 0 for h in settings.workflow.reminder_hours_before):
        raise ConfigError("[workflow] reminder_hours_before must hold positive hours")
    for address, name in ((settings.bot.address, "[bot] address"),
                          *((a, "[admins] addresses") for a in settings.admins.addresses)):
        if not _looks_like_address(address):
            raise ConfigError(f"{name}: {address!r} is not an email address")
    for table in ("workflow", "digest"):
        _check_timezone(table, getattr(settings, table).timezone)
    if check_database:
        _check_database_url(settings.database.url)
    if not settings.imap.mailbox.strip():
        raise ConfigError("[imap] mailbox must not be empty")
    if not settings.llm.base_url.startswith(("http://", "https://")):
        raise ConfigError(f"[llm] base_url must start with http:// or https://, not {settings.llm.base_url!r}")
    _check_oauth2(settings)


def uses_oauth2(settings: Settings) -> tuple[str, ...]:
    """The tables ("imap", "smtp") that sign in with OAuth2."""
    return tuple(t for t in ("imap", "smtp") if getattr(settings, t).auth == "oauth2")


# Tokens cross this URL: only TLS, or loopback (a local token service, the tests).
_LOOPBACK_HTTP = ("http://127.0.0.1", "http://localhost", "http://[::1]")


def _check_oauth2(settings: Settings) -> None:
    """What can be told without the network. A missing refresh token is not an error here: `endorsebot
    oauth2 login` runs before there is one; check-config and the daemon name it."""
    o = settings.oauth2
    for key in ("token_url", "authorization_url", "device_authorization_url"):
        url = getattr(o, key)
        if url and not (url.startswith("https://") or url.startswith(_LOOPBACK_HTTP)):
            raise ConfigError(f"[oauth2] {key} must be an https:// URL (http:// only on loopback), not {url!r}")
    for secret, variable in ((o.refresh_token, "ENDORSEBOT_OAUTH2_REFRESH_TOKEN"),
                             (o.client_secret, "ENDORSEBOT_OAUTH2_CLIENT_SECRET")):
        if secret and (secret.value != secret.value.strip() or any(c.isspace() for c in secret.value)):
            # A token pasted with a line break or a quote around it fails at the provider with a vague error.
            raise ConfigError(f"{variable} holds spaces or line breaks; set the value alone")
    tables = uses_oauth2(settings)
    if not tables:
        return
    if not o.client_id.strip():
        raise ConfigError(f"[{tables[0]}] auth is \"oauth2\" but [oauth2] client_id is empty")
    if o.provider == "generic" and not o.token_url:
        raise ConfigError("[oauth2] provider \"generic\" needs token_url")
    if o.provider == "microsoft" and not o.tenant.strip():
        raise ConfigError("[oauth2] tenant must not be empty (a tenant id, a domain or \"organizations\")")
    for table in tables:
        if not getattr(settings, table).username:
            raise ConfigError(f"[{table}] auth is \"oauth2\": set [{table}] username to the mailbox's address")


def _looks_like_address(address: str) -> bool:
    local, at, domain = address.rpartition("@")
    if not (at and local and domain) or any(c.isspace() or c in "<>,;\"" for c in address):
        return False
    return "." in domain.strip(".") or domain == "localhost"


def _check_timezone(table: str, zone: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"[{table}] timezone {zone!r} is not a known IANA time zone (e.g. 'Europe/Paris')") from None


def _check_database_url(url: str) -> None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError("[database] url is not a database URL (sqlite:///PATH or postgresql://HOST/DB)") from None
    if parsed.drivername not in _DATABASE_SCHEMES:
        raise ConfigError(f"[database] url scheme {parsed.drivername!r} is not supported: use sqlite:///PATH "
                          "or postgresql://USER@HOST/DB")
    if parsed.drivername.startswith("sqlite") and parsed.database not in (None, "", ":memory:"):
        path = Path(parsed.database.removeprefix("file:").split("?", 1)[0])
        if path.is_dir():
            raise ConfigError(f"[database] url names {path}, which is a directory; give a file name")
