"""Helpers that edit a signed credential the way an attacker would, keeping the old signature."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from bot.credentials.jose import b64url_decode, b64url_encode
from bot.credentials.vcjwt import ENVELOPED_PREFIX


def jwt_of(document: dict[str, Any]) -> str:
    return str(document["id"]).removeprefix(ENVELOPED_PREFIX)


def enveloped(jwt: str) -> dict[str, Any]:
    return {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": ENVELOPED_PREFIX + jwt,
            "type": "EnvelopedVerifiableCredential"}


def edit_part(document: dict[str, Any], index: int, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Decode part ``index`` (0 header, 1 payload) as JSON, apply ``change``, re-encode, keep the rest."""
    parts = jwt_of(document).split(".")
    value = json.loads(b64url_decode(parts[index], "part"))
    change(value)
    parts[index] = b64url_encode(json.dumps(value).encode("utf-8"))
    return enveloped(".".join(parts))


def edit_payload(document: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    return edit_part(document, 1, change)


def edit_header(document: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    return edit_part(document, 0, change)


def payload_of(document: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(b64url_decode(jwt_of(document).split(".")[1], "payload"))
    return result


def header_of(document: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(b64url_decode(jwt_of(document).split(".")[0], "header"))
    return result
