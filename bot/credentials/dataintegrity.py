"""An embedded Data Integrity proof, cryptosuite ``eddsa-rdfc-2022`` (W3C "Data Integrity EdDSA
Cryptosuites v1.0"): Ed25519 over the SHA-256 of the canonical proof options followed by the SHA-256
of the canonical credential, both canonicalized with RDFC-1.0.

This is the proof wallets and the Digital Credentials Consortium verifier check; the signed document
stays a plain JSON credential with a ``proof`` member.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyld import jsonld

from bot.credentials.multikey import MultikeyError, b58_multibase, b58_multibase_decode
from bot.credentials.rdfc import UndefinedTermError, UnknownContextError, canonize
from bot.credentials.verdict import Failure, Invalid

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"
PROOF_PURPOSE = "assertionMethod"
ED25519_SIGNATURE_BYTES = 64

Contexts = Mapping[str, Mapping[str, Any]]
# verification method id -> the Ed25519 key it names, or None when it names no key we trust.
MethodResolver = Callable[[str], Ed25519PublicKey | None]


def _utc_seconds(when: datetime) -> str:
    from bot.credentials.ob3 import xsd_datetime

    return xsd_datetime(when)


def proof_options(verification_method: str, created: datetime) -> dict[str, str]:
    return {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": _utc_seconds(created),
        "verificationMethod": verification_method,
        "proofPurpose": PROOF_PURPOSE,
    }


def hash_data(unsecured: Mapping[str, Any], options: Mapping[str, Any], *,
              extra_contexts: Contexts | None = None) -> bytes:
    """What Ed25519 signs: SHA-256(canonical proof config) || SHA-256(canonical document)."""
    config = {key: value for key, value in options.items() if key != "proofValue"}
    config["@context"] = unsecured["@context"]  # the proof is read in the document's own vocabulary
    canonical_config = canonize(config, extra_contexts=extra_contexts)
    canonical_document = canonize(unsecured, extra_contexts=extra_contexts)
    return (hashlib.sha256(canonical_config.encode("utf-8")).digest()
            + hashlib.sha256(canonical_document.encode("utf-8")).digest())


def add_proof(credential: Mapping[str, Any], private: Ed25519PrivateKey, verification_method: str,
              created: datetime, *, extra_contexts: Contexts | None = None) -> dict[str, Any]:
    """``credential`` with an embedded DataIntegrityProof made by ``private``."""
    unsecured = {key: value for key, value in credential.items() if key != "proof"}
    options = proof_options(verification_method, created)
    signature = private.sign(hash_data(unsecured, options, extra_contexts=extra_contexts))
    return {**unsecured, "proof": {**options, "proofValue": b58_multibase(signature)}}


@dataclass(frozen=True, slots=True)
class ProofCheck:
    verification_method: str
    created: str | None


def _the_proof(document: Mapping[str, Any]) -> Mapping[str, Any]:
    proof = document.get("proof")
    if isinstance(proof, list):
        if len(proof) != 1:
            raise Invalid(Failure.UNSUPPORTED, f"{len(proof)} proofs; this verifier checks a single proof")
        proof = proof[0]
    if not isinstance(proof, dict):
        raise Invalid(Failure.UNSIGNED, "the credential is unsigned: it has no proof")
    return proof


def _check_options(proof: Mapping[str, Any]) -> str:
    if proof.get("type") != PROOF_TYPE or proof.get("cryptosuite") != CRYPTOSUITE:
        kind = proof.get("cryptosuite") or proof.get("type")
        raise Invalid(Failure.UNSUPPORTED, f"proof {kind!r} is not supported (only {PROOF_TYPE} {CRYPTOSUITE})")
    if proof.get("proofPurpose") != PROOF_PURPOSE:
        raise Invalid(Failure.MALFORMED, f"proofPurpose is {proof.get('proofPurpose')!r}, not {PROOF_PURPOSE}")
    method = proof.get("verificationMethod")
    if not isinstance(method, str) or not method:
        raise Invalid(Failure.MALFORMED, "the proof names no verificationMethod")
    return method


def _signature(proof: Mapping[str, Any]) -> bytes:
    value = proof.get("proofValue")
    if not isinstance(value, str):
        raise Invalid(Failure.MALFORMED, "the proof has no proofValue")
    try:
        signature = b58_multibase_decode(value)
    except MultikeyError as exc:
        raise Invalid(Failure.MALFORMED, f"proofValue: {exc}") from None
    if len(signature) != ED25519_SIGNATURE_BYTES:
        raise Invalid(Failure.BAD_SIGNATURE, f"the signature is {len(signature)} bytes; "
                      f"an Ed25519 signature is {ED25519_SIGNATURE_BYTES}")
    return signature


def _hash_for_verify(unsecured: Mapping[str, Any], proof: Mapping[str, Any],
                     extra_contexts: Contexts | None) -> bytes:
    if not isinstance(unsecured.get("@context"), list | str):
        raise Invalid(Failure.MALFORMED, "the credential has no @context")
    try:
        return hash_data(unsecured, proof, extra_contexts=extra_contexts)
    except UnknownContextError as exc:
        raise Invalid(Failure.UNSUPPORTED, str(exc)) from None
    except UndefinedTermError as exc:
        raise Invalid(Failure.MALFORMED, f"the credential has {exc}") from None
    except jsonld.JsonLdError as exc:
        raise Invalid(Failure.MALFORMED, f"not valid JSON-LD: {exc.type if hasattr(exc, 'type') else exc}") from None


def verify_proof(document: Mapping[str, Any], resolve: MethodResolver, *,
                 extra_contexts: Contexts | None = None) -> ProofCheck:
    """Check the embedded proof; raises Invalid naming the first failed check."""
    proof = _the_proof(document)
    method = _check_options(proof)
    signature = _signature(proof)
    public = resolve(method)
    if public is None:
        raise Invalid(Failure.UNKNOWN_KEY, f"signed with {method}, which is not among the trusted keys")
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    try:
        public.verify(signature, _hash_for_verify(unsecured, proof, extra_contexts))
    except InvalidSignature:
        raise Invalid(Failure.TAMPERED, f"the proof does not match the content: the credential or its proof "
                      f"options were changed after {method} signed them, or the signature was altered") from None
    created = proof.get("created")
    return ProofCheck(verification_method=method, created=created if isinstance(created, str) else None)
