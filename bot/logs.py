"""Structured logs: one JSON object per line (or a short human line on a terminal).

Secrets never reach a log line: values from the secret environment variables are scrubbed from
every formatted record, whatever code produced it.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import UTC, datetime

# LogRecord attributes that are not "extra" fields.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
SECRET_ENV_VARS = ("ENDORSEBOT_SMTP_PASSWORD", "ENDORSEBOT_IMAP_PASSWORD", "ENDORSEBOT_BOT_SECRET",
                   "ENDORSEBOT_LLM_API_KEY", "OPENAI_API_KEY")


def _secrets() -> list[str]:
    return [v for name in SECRET_ENV_VARS if len(v := os.environ.get(name, "")) >= 4]


def scrub(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


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
        return scrub(json.dumps(payload, default=str, ensure_ascii=False), self.secrets)


class HumanFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S")
        self.secrets = _secrets()

    def format(self, record: logging.LogRecord) -> str:
        extra = " ".join(f"{k}={v}" for k, v in vars(record).items() if k not in _STANDARD)
        return scrub(super().format(record) + (f" {extra}" if extra else ""), self.secrets)


NOISY_LIBRARIES = ("aiosqlite", "apscheduler", "sqlalchemy", "alembic", "mail.log", "httpx", "openai", "asyncio",
                   "aioimaplib")


def setup(level: str = "INFO", json_lines: bool | None = None) -> None:
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
