"""The files a verifier fetches to resolve a did:web issuer: ``did.json`` and ``jwks.json``, to be served
at ``https://<issuer_domain>/.well-known/``. Every key in the key directory is listed, the retired ones too,
so credentials signed before a rotation keep verifying."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.credentials.issuer import did_document, did_web, did_web_document_url
from bot.credentials.keys import KeyRing, public_jwk
from bot.settings import CredentialSettings

DID_DOCUMENT_FILE = "did.json"
JWKS_FILE = "jwks.json"


class NoDomainError(ValueError):
    """did:web needs a domain; without one the issuer is a did:key, which needs nothing hosted."""


@dataclass(frozen=True, slots=True)
class PublishedFiles:
    did: str
    did_document: Path
    jwks: Path
    url: str  # where did.json must be served


def issuer_did_document(settings: CredentialSettings, keyring: KeyRing) -> dict[str, Any]:
    if not settings.issuer_domain.strip():
        raise NoDomainError("no [credentials] issuer_domain is set: the issuer is a did:key, which verifiers "
                            "resolve from the identifier itself, so there is nothing to publish")
    return did_document(did_web(settings.issuer_domain), keyring.keys.values(), keyring.jwt_keys)


def jwks(keyring: KeyRing) -> dict[str, Any]:
    """Every public key as a JWK named by its thumbprint: the ES256 keys of the VC-JWT form, then Ed25519."""
    return {"keys": [dict(jwk) for jwk in keyring.jwt_keys.values()]
            + [public_jwk(k) for k in keyring.keys.values()]}


def _write_json(path: Path, value: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(value, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


def publish(settings: CredentialSettings, keyring: KeyRing, out_dir: Path) -> PublishedFiles:
    document = issuer_did_document(settings, keyring)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = PublishedFiles(did=document["id"], did_document=out_dir / DID_DOCUMENT_FILE,
                           jwks=out_dir / JWKS_FILE, url=did_web_document_url(document["id"]))
    _write_json(files.did_document, document)
    _write_json(files.jwks, jwks(keyring))
    return files
