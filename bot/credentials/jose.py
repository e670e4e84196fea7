"""The few JOSE pieces a compact JWS needs (RFC 7515), kept free of any key handling."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any


class JoseFormatError(ValueError):
    """The text is not a well-formed compact JWS; the message says which part and why."""


def b64url_encode(data: bytes) -> str:
    # RFC 7515 section 2: base64url without padding.
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str, part: str) -> bytes:
    if not text or any(c not in _B64URL for c in text) or len(text) % 4 == 1:
        raise JoseFormatError(f"the {part} is not base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise JoseFormatError(f"the {part} is not base64url") from None


_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def json_bytes(value: Any) -> bytes:
    """Compact, sorted JSON: the same credential always yields the same bytes to sign."""
    return json.dumps(value, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True, slots=True)
class CompactJws:
    header: dict[str, Any]
    payload: bytes
    signature: bytes
    # header.payload exactly as received: the signature covers these bytes, not a re-encoding.
    signing_input: bytes


def signing_input(header: dict[str, Any], payload: bytes) -> bytes:
    return f"{b64url_encode(json_bytes(header))}.{b64url_encode(payload)}".encode("ascii")


def parse_compact(token: str) -> CompactJws:
    parts = token.strip().split(".")
    if len(parts) != 3:
        raise JoseFormatError(f"a compact JWS has 3 dot-separated parts, this has {len(parts)}")
    header_b64, payload_b64, signature_b64 = parts
    try:
        header = json.loads(b64url_decode(header_b64, "JWS header"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise JoseFormatError("the JWS header is not JSON") from None
    if not isinstance(header, dict):
        raise JoseFormatError("the JWS header is not a JSON object")
    return CompactJws(
        header=header,
        payload=b64url_decode(payload_b64, "JWS payload"),
        signature=b64url_decode(signature_b64, "JWS signature"),
        signing_input=f"{header_b64}.{payload_b64}".encode("ascii"),
    )
