"""Verify an exported endorsement in any of its forms: an embedded Data Integrity proof, or a VC-JWT
(bare or enveloped). The result names the first failed check.

Trust comes from the key directory (the current key and every retired one), never from the file: a
Data Integrity proof must be made by one of those keys, through a verification method of the issuer's
own DID (did:key or did:web), so a credential cannot borrow our name with someone else's key.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from bot.credentials import vcjwt
from bot.credentials.dataintegrity import verify_proof
from bot.credentials.issuer import method_key
from bot.credentials.keys import thumbprint
from bot.credentials.verdict import Failure, Invalid, KeyResolver, VerifyResult


def _as_json(document: str | bytes | Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The parsed JSON object, or None when the text is a bare JWT (left to the JWT path)."""
    if isinstance(document, Mapping):
        return document
    text = document.decode("utf-8", errors="replace") if isinstance(document, bytes) else document
    if not text.lstrip().startswith("{"):
        return None
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError:
        return None  # the JWT path reports it with the parser's own words
    return parsed if isinstance(parsed, dict) else None


def _trusted(keys: Ed25519PublicKey | KeyResolver, public: Ed25519PublicKey) -> bool:
    kid = thumbprint(public)
    if isinstance(keys, Ed25519PublicKey):
        return thumbprint(keys) == kid
    return keys.resolve(kid) is not None


def _method_resolver(credential: Mapping[str, Any], keys: Ed25519PublicKey | KeyResolver) -> Any:
    issuer_id = vcjwt.issuer_id(credential)

    def resolve(method: str) -> Ed25519PublicKey | None:
        public = method_key(method, issuer_id)
        if public is None:
            raise Invalid(Failure.UNKNOWN_KEY, f"the proof's verification method {method} is not a key of "
                          f"the issuer {issuer_id}")
        return public if _trusted(keys, public) else None

    return resolve


def _verify_data_integrity(credential: Mapping[str, Any], keys: Ed25519PublicKey | KeyResolver,
                           now: datetime) -> VerifyResult:
    vcjwt.check_shape(credential)
    check = verify_proof(credential, _method_resolver(credential, keys))
    vcjwt.check_time(credential, now)
    unsecured = {k: v for k, v in credential.items() if k != "proof"}
    return VerifyResult(ok=True, reason=vcjwt.summary(unsecured, check.verification_method),
                        credential=unsecured, kid=check.verification_method)


def verify(
    document: str | bytes | Mapping[str, Any],
    keys: Ed25519PublicKey | KeyResolver,
    *,
    now: datetime,
) -> VerifyResult:
    """Check a signed EndorsementCredential, whichever way it is secured."""
    parsed = _as_json(document)
    if parsed is None or "proof" not in parsed:
        return vcjwt.verify(document, keys, now=now)
    try:
        return _verify_data_integrity(parsed, keys, now)
    except Invalid as exc:
        return VerifyResult(ok=False, failure=exc.failure, reason=exc.reason)
