"""One call for `endorsebot export ID --format …` and for the emails' attachment.

- ``ob3``: the EndorsementCredential with an embedded Data Integrity proof (eddsa-rdfc-2022), issued by
  the platform's DID: what wallets and the DCC verifier accept. The default.
- ``ob3-jwt``: the same credential as a bare VC-JWT (compact JWS, ES256), the form 1EdTech's validator reads.
- ``ob3-enveloped``: that JWT inside an ``EnvelopedVerifiableCredential`` (VC data model 2.0), still JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from bot.credentials.dataintegrity import add_proof
from bot.credentials.facts import EndorsementFacts
from bot.credentials.issuer import platform_issuer
from bot.credentials.keys import JwtKey, SigningKey, load_jwt_key, load_signing_key
from bot.credentials.ob3 import build_ob3
from bot.credentials.vcjwt import envelope, jwt_issuer, sign_jwt
from bot.settings import CredentialSettings

ExportFormat = Literal["ob3", "ob3-jwt", "ob3-enveloped"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("ob3", "ob3-jwt", "ob3-enveloped")
Document = dict[str, Any] | str


@dataclass(frozen=True, slots=True)
class CredentialFile:
    filename: str
    content_type: str
    data: bytes


def sign_data_integrity(facts: EndorsementFacts, settings: CredentialSettings, key: SigningKey) -> dict[str, Any]:
    """The credential with its embedded proof; ``created`` is when it passed, so every export is identical."""
    issuer = platform_issuer(settings, key.public)
    return add_proof(build_ob3(facts, issuer), key.private, issuer.method_for(key.public), facts.passed_at)


def sign_vc_jwt(facts: EndorsementFacts, settings: CredentialSettings, key: JwtKey) -> str:
    """The credential as a compact VC-JWT (ES256), issued by the DID its ``kid`` belongs to."""
    issuer, kid = jwt_issuer(settings, key)
    return sign_jwt(build_ob3(facts, issuer), key, kid)


def export_document(
    facts: EndorsementFacts,
    fmt: ExportFormat,
    settings: CredentialSettings,
    *,
    key: SigningKey | None = None,
    jwt_key: JwtKey | None = None,
) -> Document:
    """The signed credential in ``fmt``, with the keys in ``settings.key_dir`` unless given
    (KeyFileError when the key it needs is missing)."""
    if fmt == "ob3":
        signing_key = key if key is not None else load_signing_key(Path(settings.key_dir))
        return sign_data_integrity(facts, settings, signing_key)
    token = sign_vc_jwt(facts, settings, jwt_key if jwt_key is not None else load_jwt_key(Path(settings.key_dir)))
    return token if fmt == "ob3-jwt" else envelope(token)


def render_document(document: Document) -> str:
    if isinstance(document, str):
        return document + "\n"
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def credential_file(document: Document, fmt: ExportFormat, request_id: int | str) -> CredentialFile:
    """The exported document as an email attachment."""
    if isinstance(document, str):
        return CredentialFile(f"endorsement-{request_id}.jwt", "application/jwt",
                              render_document(document).encode("ascii"))
    suffix = "ob3" if fmt == "ob3" else "ob3-jwt"
    return CredentialFile(f"endorsement-{request_id}.{suffix}.json", "application/json",
                          render_document(document).encode("utf-8"))
