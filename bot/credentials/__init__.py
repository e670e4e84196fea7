"""Verifiable endorsements: Open Badges 3.0 EndorsementCredential (signed as a VC-JWT with Ed25519),
the Open Badges 2.0 Endorsement, and the signing keys. See docs/credentials.md."""

from bot.credentials.export import CredentialFile, ExportFormat, credential_file, export_document, render_document
from bot.credentials.facts import EndorsementFacts
from bot.credentials.keys import (
    KeyExistsError,
    KeyFileError,
    KeyPairFiles,
    KeyRing,
    SigningKey,
    generate_keypair,
    load_public_jwk,
    load_signing_key,
)
from bot.credentials.ob2 import build_ob2
from bot.credentials.ob3 import build_ob3
from bot.credentials.vcjwt import sign, verify
from bot.credentials.verdict import Failure, VerifyResult

__all__ = [
    "CredentialFile",
    "EndorsementFacts",
    "ExportFormat",
    "Failure",
    "KeyExistsError",
    "KeyFileError",
    "KeyPairFiles",
    "KeyRing",
    "SigningKey",
    "VerifyResult",
    "build_ob2",
    "build_ob3",
    "credential_file",
    "export_document",
    "generate_keypair",
    "load_public_jwk",
    "load_signing_key",
    "render_document",
    "sign",
    "verify",
]
