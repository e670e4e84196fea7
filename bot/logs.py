"""Structured logs: one JSON object per line (or a short human line on a terminal).

Secrets never reach a log line: values from the secret environment variables (and from the one `[llm]
api_key_env` names, whatever its name) are scrubbed from every formatted record, whatever code produced it,
before it is encoded as JSON (an escaped secret, '"' or '\\' in a password, is no longer the secret's text).
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from datetime import UTC, datetime

# LogRecord attributes that are not "extra" fields.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
SECRET_ENV_VARS = ("ENDORSEBOT_SMTP_PASSWORD", "ENDORSEBOT_IMAP_PASSWORD", "ENDORSEBOT_BOT_SECRET",
                   "ENDORSEBOT_LLM_API_KEY", "OPENAI_API_KEY", "ENDORSEBOT_OAUTH2_REFRESH_TOKEN",
                   "ENDORSEBOT_OAUTH2_CLIENT_SECRET")


# Further variables holding secrets, named by the configuration (`[llm] api_key_env`): set by ``setup``.
_secret_env_vars: tuple[str, ...] = ()


def _secrets() -> list[str]:
    names = dict.fromkeys((*SECRET_ENV_VARS, *_secret_env_vars))
    return [v for name in names if len(v := os.environ.get(name, "")) >= 4]


def scrub(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


# Anything shaped like an email address. Logs name requests by id: a candidate's address in a log line
# would outlive `endorsebot forget`, so addresses are replaced whatever code wrote them (an SMTP error
# text, an exception message), except the bot's own and its login names (set by ``setup``).
# The lookbehind starts a match only where a run of address characters starts: linear, not quadratic,
# on a long run without an "@".
_LOCAL = r"[\w.!#$%&'*+/=?^`{|}~-]"
_ADDRESS = re.compile(rf"(?<!{_LOCAL}){_LOCAL}+@[\w-]+(?:\.[\w-]+)+")
_keep_addresses: frozenset[str] = frozenset()


def redact_addresses(text: str, keep: frozenset[str] | None = None) -> str:
    kept = _keep_addresses if keep is None else keep
    if "@" not in text:
        return text
    return _ADDRESS.sub(lambda m: m.group() if m.group().lower() in kept else "<address>", text)


class JsonFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__()
        self.secrets = _secrets()

    def format(self, record: logging.LogRecord) -> str:
        payload = {
            # The record's own creation time: logging stamps it; this is not domain time.
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        payload.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        # Scrubbed before encoding: JSON writes a secret holding a quote, a backslash or a control character
        # escaped, and the escaped text is not the secret's (what is not a string is scrubbed as it is written).
        encoded = json.dumps(_scrubbed(payload, self.secrets), ensure_ascii=False,
                             default=lambda value: scrub(str(value), self.secrets))
        return redact_addresses(scrub(encoded, self.secrets))


def _scrubbed(value: object, secrets: list[str]) -> object:
    """``value`` with every string in it scrubbed (in dicts, lists and tuples too)."""
    if isinstance(value, str):
        return scrub(value, secrets)
    if isinstance(value, dict):
        return {scrub(str(k), secrets): _scrubbed(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrubbed(v, secrets) for v in value]
    return value


class HumanFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S")
        self.secrets = _secrets()

    def format(self, record: logging.LogRecord) -> str:
        extra = " ".join(f"{k}={v}" for k, v in vars(record).items() if k not in _STANDARD)
        return redact_addresses(scrub(super().format(record) + (f" {extra}" if extra else ""), self.secrets))


NOISY_LIBRARIES = ("aiosqlite", "apscheduler", "sqlalchemy", "alembic", "mail.log", "httpx", "openai", "asyncio",
                   "aioimaplib")


def setup(level: str = "INFO", json_lines: bool | None = None, keep_addresses: tuple[str, ...] = (),
          secret_env_vars: tuple[str, ...] = ()) -> None:
    """Log to stderr; ``keep_addresses`` (the bot's own, its login names) are the only addresses shown;
    ``secret_env_vars``: variables holding secrets besides SECRET_ENV_VARS (`[llm] api_key_env`)."""
    global _keep_addresses, _secret_env_vars
    _keep_addresses = frozenset(a.lower() for a in keep_addresses if a)
    _secret_env_vars = tuple(name for name in secret_env_vars if name)
    handler = logging.StreamHandler(sys.stderr)
    as_json = (not sys.stderr.isatty()) if json_lines is None else json_lines
    handler.setFormatter(JsonFormatter() if as_json else HumanFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Libraries speak at debug only: Alembic alone says 11 lines at every start.
    quiet = logging.DEBUG if root.getEffectiveLevel() <= logging.DEBUG else logging.WARNING
    for noisy in NOISY_LIBRARIES:
        logging.getLogger(noisy).setLevel(quiet)
