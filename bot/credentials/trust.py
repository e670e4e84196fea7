"""Whom a verifier trusts, when it is not the installation itself: an issuer named by its DID.

- ``did:key`` / ``did:jwk``: the key is in the identifier, so naming the DID is naming the key.
- ``did:web``: the keys are in the DID document served at https://<domain>/.well-known/did.json; give a copy.

Either way the result is a KeyRing holding only that issuer's keys, plus the DID they belong to, which the
credential's issuer must equal.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from joserfc.errors import JoseError
from joserfc.jwk import ECKey

from bot.credentials.keys import KeyFileError, KeyRing, jwt_public_jwk, thumbprint
from bot.credentials.multikey import DID_KEY_PREFIX, MultikeyError, decode_public
from bot.credentials.vcjwt import DID_JWK_PREFIX, decode_did_jwk


@dataclass(frozen=True)
class TrustedIssuer:
    did: str
    keyring: KeyRing


def _es256(jwk: Mapping[str, Any]) -> dict[str, str]:
    try:
        return jwt_public_jwk(ECKey.import_key({k: jwk[k] for k in ("kty", "crv", "x", "y")}))
    except (KeyError, TypeError, ValueError, JoseError):
        raise KeyFileError("a publicKeyJwk is not a P-256 public key") from None


def issuer_from_did(did: str) -> TrustedIssuer:
    """Trust the one key a self-certifying DID (did:key, did:jwk) carries."""
    did = did.partition("#")[0]
    try:
        if did.startswith(DID_KEY_PREFIX):
            public = decode_public(did.removeprefix(DID_KEY_PREFIX))
            return TrustedIssuer(did, KeyRing({thumbprint(public): public}))
        if did.startswith(DID_JWK_PREFIX):
            jwk = _es256(decode_did_jwk(did))
            return TrustedIssuer(did, KeyRing({}, {jwk["kid"]: jwk}))
    except MultikeyError as exc:
        raise KeyFileError(f"{did} is not an Ed25519 did:key: {exc}") from None
    raise KeyFileError(f"{did!r} carries no key (did:key or did:jwk); for did:web give --did-document")


def issuer_from_did_document(text: str) -> TrustedIssuer:
    """Trust the assertion-method keys a DID document lists (Multikey Ed25519, JsonWebKey2020 P-256)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KeyFileError(f"the DID document is not JSON ({exc.msg})") from None
    if not isinstance(document, dict) or not isinstance(document.get("id"), str):
        raise KeyFileError("the DID document has no id")
    did = document["id"]
    allowed = set(document.get("assertionMethod") or [])
    keys, jwt_keys = {}, {}
    for method in document.get("verificationMethod") or []:
        if not isinstance(method, dict) or method.get("id") not in allowed or method.get("controller") != did:
            continue
        if "publicKeyMultibase" in method:
            try:
                public = decode_public(str(method["publicKeyMultibase"]))
            except MultikeyError:
                continue  # another key type: not one a credential of ours can use
            keys[thumbprint(public)] = public
        elif isinstance(method.get("publicKeyJwk"), dict):
            jwk = _es256(method["publicKeyJwk"])
            jwt_keys[jwk["kid"]] = jwk
    if not keys and not jwt_keys:
        raise KeyFileError(f"the DID document of {did} lists no Ed25519 or P-256 assertion key")
    return TrustedIssuer(did, KeyRing(keys, jwt_keys))
