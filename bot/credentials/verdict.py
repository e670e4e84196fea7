"""What verification says: ok, or the named failure and a sentence a person can act on."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


class Failure(enum.StrEnum):
    MALFORMED = "malformed"  # not JSON / not a JWT / a required field missing
    UNSUPPORTED = "unsupported"  # another algorithm or proof type, or an OB 2.0 hosted endorsement
    UNSIGNED = "unsigned"  # a credential with no proof at all
    UNKNOWN_KEY = "unknown_key"  # signed by a key we do not trust
    BAD_SIGNATURE = "bad_signature"  # the signature itself is broken or made by an impostor key
    TAMPERED = "tampered"  # the trusted key's signature no longer matches the content
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"


class Invalid(Exception):
    """Raised by one verification check; verify() turns it into a VerifyResult."""

    def __init__(self, failure: Failure, reason: str) -> None:
        super().__init__(reason)
        self.failure = failure
        self.reason = reason


class KeyResolver(Protocol):
    def resolve(self, kid: str) -> Ed25519PublicKey | None: ...


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    # For a valid credential, one line saying what it is; otherwise why it is not valid.
    reason: str
    failure: Failure | None = None
    credential: Mapping[str, Any] | None = None
    kid: str | None = None

    def __bool__(self) -> bool:
        return self.ok
