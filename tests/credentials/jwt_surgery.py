"""Helpers that edit a signed VC-JWT the way an attacker would, keeping the old signature."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

from bot.credentials.vcjwt import ENVELOPED_PREFIX


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_json(part: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    return value


def jwt_of(document: dict[str, Any] | str) -> str:
    return document if isinstance(document, str) else str(document["id"]).removeprefix(ENVELOPED_PREFIX)


def enveloped(jwt: str) -> dict[str, Any]:
    return {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": ENVELOPED_PREFIX + jwt,
            "type": "EnvelopedVerifiableCredential"}


def edit_part(token: str, index: int, change: Callable[[dict[str, Any]], None]) -> str:
    """Decode part ``index`` (0 header, 1 payload) as JSON, apply ``change``, re-encode, keep the rest."""
    parts = token.split(".")
    value = b64url_json(parts[index])
    change(value)
    parts[index] = b64url(json.dumps(value).encode("utf-8"))
    return ".".join(parts)


def edit_payload(token: str, change: Callable[[dict[str, Any]], None]) -> str:
    return edit_part(token, 1, change)


def edit_header(token: str, change: Callable[[dict[str, Any]], None]) -> str:
    return edit_part(token, 0, change)


def payload_of(token: str) -> dict[str, Any]:
    return b64url_json(token.split(".")[1])


def header_of(token: str) -> dict[str, Any]:
    return b64url_json(token.split(".")[0])
