"""Sign and verify an EndorsementCredential as a VC-JWT: a compact JWS (alg EdDSA, Ed25519) whose
payload is the credential itself, as "Securing Verifiable Credentials using JOSE and COSE" defines
for data model 2.0, wrapped as an ``EnvelopedVerifiableCredential`` so the file is still JSON.

The JWT registered claims (iss, sub, jti, nbf, exp) repeat the credential's own properties, so
generic JWT tooling can read them; a verifier must find them equal, and this one does.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from bot.credentials.jose import CompactJws, JoseFormatError, b64url_encode, json_bytes, parse_compact
from bot.credentials.jose import signing_input as jws_signing_input
from bot.credentials.keys import KeyFileError, KeyRing, SigningKey, public_key_from_jwk, thumbprint
from bot.credentials.ob3 import VC_V2_CONTEXT
from bot.credentials.verdict import Failure, Invalid, KeyResolver, VerifyResult

ENVELOPED_TYPE = "EnvelopedVerifiableCredential"
# The media type VC-JOSE-COSE registers for a credential secured as a JWT.
ENVELOPED_PREFIX = "data:application/vc+jwt,"
ACCEPTED_TYP = ("vc+jwt", "JWT")  # OB 3.0's earlier JWT examples say "JWT"
ED25519_SIGNATURE_BYTES = 64


# --- signing -------------------------------------------------------------------------------------

def _epoch(value: str) -> int:
    return int(parse_datetime(value, "validFrom").timestamp())


def jwt_claims(credential: Mapping[str, Any]) -> dict[str, Any]:
    """The registered claims that mirror the credential (VC-JOSE-COSE's mapping)."""
    claims: dict[str, Any] = {"iss": issuer_id(credential)}
    subject_id = _subject(credential).get("id")
    if subject_id:
        claims["sub"] = subject_id
    if "id" in credential:
        claims["jti"] = credential["id"]
    if "validFrom" in credential:
        claims["nbf"] = _epoch(credential["validFrom"])
    if "validUntil" in credential:
        claims["exp"] = _epoch(credential["validUntil"])
    return claims


def sign_jwt(credential: Mapping[str, Any], key: SigningKey) -> str:
    """The compact VC-JWT. The header carries the public JWK for display and third-party
    verifiers; this module never trusts it, only the kid looked up in a trusted KeyRing."""
    header = {"alg": "EdDSA", "typ": "vc+jwt", "cty": "vc", "kid": key.kid, "jwk": key.public_jwk()}
    payload = {**credential, **jwt_claims(credential)}
    to_sign = jws_signing_input(header, json_bytes(payload))
    return f"{to_sign.decode('ascii')}.{b64url_encode(key.private.sign(to_sign))}"


def sign(credential: Mapping[str, Any], key: SigningKey) -> dict[str, Any]:
    """The signed credential as a JSON document (VC data model 2.0's enveloped form)."""
    return {"@context": [VC_V2_CONTEXT], "id": ENVELOPED_PREFIX + sign_jwt(credential, key),
            "type": ENVELOPED_TYPE}


# --- reading the document ------------------------------------------------------------------------

def parse_datetime(value: Any, name: str) -> datetime:
    if not isinstance(value, str):
        raise Invalid(Failure.MALFORMED, f"{name} is not a date-time string")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise Invalid(Failure.MALFORMED, f"{name} {value!r} is not an ISO 8601 date-time") from None
    if when.tzinfo is None:
        raise Invalid(Failure.MALFORMED, f"{name} {value!r} has no time zone")
    return when


def issuer_id(credential: Mapping[str, Any]) -> str:
    issuer = credential.get("issuer")
    found = issuer.get("id") if isinstance(issuer, dict) else issuer
    if not isinstance(found, str) or not found:
        raise Invalid(Failure.MALFORMED, "the credential has no issuer id")
    return found


def _subject(credential: Mapping[str, Any]) -> Mapping[str, Any]:
    subject = credential.get("credentialSubject")
    if not isinstance(subject, dict):
        raise Invalid(Failure.MALFORMED, "the credential has no credentialSubject object")
    return subject


def _token_from_json(document: Mapping[str, Any]) -> str:
    doc_type = document.get("type")
    types = doc_type if isinstance(doc_type, list) else [doc_type]
    enveloped_id = document.get("id")
    if ENVELOPED_TYPE in types:
        if isinstance(enveloped_id, str) and enveloped_id.startswith(ENVELOPED_PREFIX):
            return enveloped_id.removeprefix(ENVELOPED_PREFIX)
        raise Invalid(Failure.UNSUPPORTED, f"an {ENVELOPED_TYPE} whose id is not a {ENVELOPED_PREFIX} URL")
    if "Endorsement" in types:
        raise Invalid(Failure.UNSUPPORTED, "an Open Badges 2.0 Endorsement has hosted verification, not a "
                      "signature: check it by fetching its id from the issuer's site")
    if "VerifiableCredential" in types:
        raise Invalid(Failure.UNSIGNED, "the credential is unsigned: it has no proof")
    raise Invalid(Failure.MALFORMED, "not a credential: no EnvelopedVerifiableCredential or VC-JWT found")


def extract_token(document: str | bytes | Mapping[str, Any]) -> str:
    """The compact JWT from a file's text (JWT or JSON) or an already parsed JSON document."""
    if isinstance(document, bytes):
        try:
            document = document.decode("utf-8")
        except UnicodeDecodeError:
            raise Invalid(Failure.MALFORMED, "the file is not UTF-8 text") from None
    if isinstance(document, str):
        text = document.strip()
        if not text:
            raise Invalid(Failure.MALFORMED, "the document is empty")
        if not text.startswith(("{", "[")):
            return text.removeprefix(ENVELOPED_PREFIX)
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise Invalid(Failure.MALFORMED, f"not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(document, Mapping):
        raise Invalid(Failure.MALFORMED, "the document is not a JSON object")
    return _token_from_json(document)


# --- the checks, in order: form, key, signature, content, time ------------------------------------

def _parse(token: str) -> CompactJws:
    try:
        return parse_compact(token)
    except JoseFormatError as exc:
        raise Invalid(Failure.MALFORMED, f"not a VC-JWT: {exc}") from None


def _check_header(header: Mapping[str, Any]) -> str:
    if header.get("alg") != "EdDSA":
        raise Invalid(Failure.UNSUPPORTED, f"signature algorithm {header.get('alg')!r} is not supported "
                      "(only EdDSA with Ed25519)")
    if "typ" in header and header["typ"] not in ACCEPTED_TYP:
        raise Invalid(Failure.MALFORMED, f"JWS typ {header['typ']!r} is not a VC-JWT")
    if "crit" in header:  # RFC 7515 4.1.11: extensions we do not understand must fail
        raise Invalid(Failure.UNSUPPORTED, f"critical header extensions {header['crit']!r} are not supported")
    kid = header.get("kid")
    if not isinstance(kid, str) or not kid:
        raise Invalid(Failure.MALFORMED, "the JWS header names no key (kid)")
    return kid


def _resolve(keys: Ed25519PublicKey | KeyResolver, kid: str) -> Ed25519PublicKey:
    if isinstance(keys, Ed25519PublicKey):
        if thumbprint(keys) != kid:
            raise Invalid(Failure.UNKNOWN_KEY, f"signed with key {kid}, but the key given is {thumbprint(keys)}")
        return keys
    public = keys.resolve(kid)
    if public is None:
        raise Invalid(Failure.UNKNOWN_KEY, f"signed with key {kid}, which is not among the trusted keys")
    return public


def _signed_by(public: Ed25519PublicKey, jws: CompactJws) -> bool:
    try:
        public.verify(jws.signature, jws.signing_input)
    except InvalidSignature:
        return False
    return True


def _decode_payload(payload: bytes) -> dict[str, Any]:
    try:
        credential = json.loads(payload)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise Invalid(Failure.MALFORMED, "the JWT payload is not JSON") from None
    if not isinstance(credential, dict):
        raise Invalid(Failure.MALFORMED, "the JWT payload is not a JSON object")
    return credential


def _claim_mismatch(credential: Mapping[str, Any]) -> str | None:
    """Which registered claim disagrees with the credential property it mirrors, if any."""
    expected = jwt_claims(credential)
    for claim in ("iss", "sub", "jti", "nbf", "exp"):
        if claim in credential and credential[claim] != expected.get(claim):
            return f"the {claim} claim is {credential[claim]!r} but the credential says {expected.get(claim)!r}"
    return None


def _diagnose_bad_signature(jws: CompactJws, trusted: Ed25519PublicKey) -> Invalid:
    kid = thumbprint(trusted)
    if len(jws.signature) != ED25519_SIGNATURE_BYTES:
        return Invalid(Failure.BAD_SIGNATURE, f"the signature is {len(jws.signature)} bytes; "
                       f"an Ed25519 signature is {ED25519_SIGNATURE_BYTES}")
    embedded = jws.header.get("jwk")
    if isinstance(embedded, dict):
        try:
            impostor = public_key_from_jwk(embedded)
        except KeyFileError:
            impostor = None
        if impostor is not None and thumbprint(impostor) != kid and _signed_by(impostor, jws):
            return Invalid(Failure.BAD_SIGNATURE, f"signed by another key ({thumbprint(impostor)}) "
                           f"posing as trusted key {kid}")
    try:
        mismatch = _claim_mismatch(_decode_payload(jws.payload))
    except Invalid:
        mismatch = None
    if mismatch:
        return Invalid(Failure.TAMPERED, f"the credential was changed after signing: {mismatch}")
    return Invalid(Failure.TAMPERED, f"the signature does not match the content: the credential or its "
                   f"header was changed after key {kid} signed it, or the signature was altered")


def check_shape(credential: Mapping[str, Any]) -> None:
    types = credential.get("type")
    if not isinstance(types, list) or "VerifiableCredential" not in types:
        raise Invalid(Failure.MALFORMED, "the payload is not a VerifiableCredential")
    if "EndorsementCredential" not in types:
        raise Invalid(Failure.MALFORMED, "the credential is not an EndorsementCredential")
    contexts = credential.get("@context")
    if not isinstance(contexts, list) or not contexts or contexts[0] != VC_V2_CONTEXT:
        raise Invalid(Failure.MALFORMED, f"the first @context must be {VC_V2_CONTEXT}")
    issuer_id(credential)
    subject = _subject(credential)
    if not isinstance(subject.get("endorsementComment"), str):
        raise Invalid(Failure.MALFORMED, "the credentialSubject has no endorsementComment")
    mismatch = _claim_mismatch(credential)
    if mismatch:  # signed that way by the key holder: a broken issuer, not tampering
        raise Invalid(Failure.MALFORMED, f"inconsistent JWT claims: {mismatch}")


def check_time(credential: Mapping[str, Any], now: datetime) -> None:
    if "validFrom" not in credential:
        raise Invalid(Failure.MALFORMED, "the credential has no validFrom")
    valid_from = parse_datetime(credential["validFrom"], "validFrom")
    if now < valid_from:
        raise Invalid(Failure.NOT_YET_VALID, f"not valid before {credential['validFrom']}")
    if "validUntil" in credential:
        valid_until = parse_datetime(credential["validUntil"], "validUntil")
        if now >= valid_until:
            raise Invalid(Failure.EXPIRED, f"expired at {credential['validUntil']}")


def summary(credential: Mapping[str, Any], kid: str) -> str:
    issuer = credential.get("issuer")
    name = issuer.get("name") if isinstance(issuer, dict) else None
    who = f"{name} <{issuer_id(credential)}>" if name else issuer_id(credential)
    subject = _subject(credential).get("id", "(no subject id)")
    return (f"EndorsementCredential {credential.get('id', '(no id)')} issued by {who} "
            f"for {subject}, valid from {credential['validFrom']}, signed with key {kid}")


def verify(
    document: str | bytes | Mapping[str, Any],
    keys: Ed25519PublicKey | KeyResolver,
    *,
    now: datetime,
) -> VerifyResult:
    """Check a signed EndorsementCredential; the result says why not, naming the first failed check."""
    try:
        jws = _parse(extract_token(document))
        kid = _check_header(jws.header)
        trusted = _resolve(keys, kid)
        if not _signed_by(trusted, jws):
            raise _diagnose_bad_signature(jws, trusted)
        credential = _decode_payload(jws.payload)
        check_shape(credential)
        check_time(credential, now)
    except Invalid as exc:
        return VerifyResult(ok=False, failure=exc.failure, reason=exc.reason)
    return VerifyResult(ok=True, reason=summary(credential, kid), credential=credential, kid=kid)


__all__ = ["KeyRing", "extract_token", "jwt_claims", "sign", "sign_jwt", "verify"]
