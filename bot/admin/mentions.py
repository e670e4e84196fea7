"""Does a stored value mention an address? Raw mail hides text in base64 and quoted-printable bodies,
so bytes are searched as they are and as a reader would see them."""

from __future__ import annotations

import email
import json
from email import policy
from typing import Any


def mentions(value: Any, address: str) -> bool:
    needle = address.casefold()
    if value is None:
        return False
    if isinstance(value, bytes | bytearray):
        return needle.encode() in bytes(value).lower() or needle in decoded_text(bytes(value)).casefold()
    if isinstance(value, str):
        return needle in value.casefold()
    return needle in json.dumps(value, ensure_ascii=False, default=str).casefold()


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
    """Every occurrence of ``address`` (any case) replaced."""
    folded, needle = text.casefold(), address.casefold()
    if len(folded) != len(text):  # casefold changed lengths: fall back to a plain lower-case search
        folded = text.lower()
    out, position = [], 0
    while (found := folded.find(needle, position)) != -1:
        out += [text[position:found], replacement]
        position = found + len(needle)
    return "".join([*out, text[position:]])
