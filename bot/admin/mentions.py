"""Does a stored value mention an address (or a name)? Raw mail hides text in base64 and quoted-printable
bodies, so bytes are searched as they are and as a reader would see them.

A mention is the WHOLE address: ``na@x.example`` is not mentioned by ``gina@x.example`` nor by
``na@x.example.org`` (issue 10 item 14: `forget na@x` used to erase Gina too). A name is matched as
whole words.
"""

from __future__ import annotations

import email
import json
import re
from email import policy
from functools import lru_cache
from typing import Any

# Characters that may sit in an address's local part or domain: a match must not have one on either side
# (a trailing sentence dot is fine, a dot followed by more domain is not).
_ADDRESS_CHARS = r"A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-"


@lru_cache(maxsize=64)
def _pattern(needle: str) -> re.Pattern[str]:
    if "@" in needle:
        return re.compile(rf"(?<![{_ADDRESS_CHARS}]){re.escape(needle)}(?![A-Za-z0-9_\-])(?!\.[A-Za-z0-9])",
                          re.IGNORECASE)
    return re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)", re.IGNORECASE)


def mentions(value: Any, address: str) -> bool:
    if value is None:
        return False
    pattern = _pattern(address)
    if isinstance(value, bytes | bytearray):
        data = bytes(value)
        return bool(pattern.search(data.decode("latin-1"))) or bool(pattern.search(decoded_text(data)))
    if isinstance(value, str):
        return bool(pattern.search(value))
    return bool(pattern.search(json.dumps(value, ensure_ascii=False, default=str)))


def decoded_text(raw: bytes) -> str:
    """Headers and every text part of a message, decoded; "" if it is not parseable as mail."""
    try:
        message = email.message_from_bytes(raw, policy=policy.default)
        parts = [f"{k}: {v}" for k, v in message.items()]
        for part in message.walk():
            if part.get_content_maintype() == "text" or part.get_content_type() == "application/json":
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes):
                    parts.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
        return "\n".join(parts)
    except Exception:  # a stored body we cannot parse still gets the plain byte search
        return ""


def scrub_text(text: str, address: str, replacement: str = "[erased]") -> str:
    """Every whole occurrence of ``address`` (any case) replaced."""
    return _pattern(address).sub(replacement, text)
