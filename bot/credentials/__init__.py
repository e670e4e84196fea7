"""Verifiable endorsements: the Open Badges 3.0 EndorsementCredential issued by the platform's DID, signed
with an embedded Data Integrity proof (eddsa-rdfc-2022) or as an ES256 VC-JWT, and the signing keys.
See docs/credentials.md."""

from bot.credentials.export import (
    EXPORT_FORMATS,
    CredentialFile,
    ExportFormat,
    credential_file,
    export_document,
    render_document,
)
from bot.credentials.facts import EndorsementFacts, Thresholds
from bot.credentials.issuer import Issuer, platform_issuer
from bot.credentials.keys import (
    JwtKey,
    KeyExistsError,
    KeyFileError,
    KeyPairFiles,
    KeyRing,
    SigningKey,
    generate_keypair,
    load_jwt_key,
    load_public_jwk,
    load_signing_key,
)
from bot.credentials.ob3 import build_ob3
from bot.credentials.verdict import Failure, VerifyResult
from bot.credentials.verifier import verify

__all__ = [
    "EXPORT_FORMATS",
    "CredentialFile",
    "EndorsementFacts",
    "ExportFormat",
    "Failure",
    "Issuer",
    "JwtKey",
    "KeyExistsError",
    "KeyFileError",
    "KeyPairFiles",
    "KeyRing",
    "SigningKey",
    "Thresholds",
    "VerifyResult",
    "build_ob3",
    "credential_file",
    "export_document",
    "generate_keypair",
    "load_jwt_key",
    "load_public_jwk",
    "load_signing_key",
    "platform_issuer",
    "render_document",
    "verify",
]
