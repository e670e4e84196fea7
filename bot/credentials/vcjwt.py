"""The credential as a VC-JWT: a compact JWS signed ES256 (P-256) whose payload is the credential, exported
bare (``.jwt``) or wrapped as an ``EnvelopedVerifiableCredential`` (VC data model 2.0) so the file is JSON.

Made to pass 1EdTech's validator: ``alg`` ES256 (it takes RS256 or ES256 only), ``typ`` "JWT", no ``cty``,
and a ``kid`` it can dereference: ``did:web:<domain>#<thumbprint>``, listed in the published did.json, or
without a domain ``did:jwk:…#0``, which carries the public key in the identifier. The issuer is that DID.
The JOSE work (serializing, signature checks, thumbprints) is joserfc's; this module decides what to sign
and what to trust: only the keys in the key directory, never a key a token names for itself.

The JWT registered claims (iss, sub, jti, nbf, exp) repeat the credential's own properties, so generic JWT
tooling can read them; a verifier must find them equal, and this one does.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from joserfc import jws
from joserfc.errors import BadSignatureError, JoseError
from joserfc.jwk import ECKey

from bot.credentials.issuer import Issuer, did_web
from bot.credentials.keys import JwtKey, KeyFileError
from bot.credentials.rdfc import VC_V2_CONTEXT
from bot.credentials.verdict import Failure, Invalid, VerifyResult
from bot.settings import CredentialSettings

ENVELOPED_TYPE = "EnvelopedVerifiableCredential"
# The media type VC-JOSE-COSE registers for a credential secured as a JWT.
ENVELOPED_PREFIX = "data:application/vc+jwt,"
ALGORITHM = "ES256"
ACCEPTED_TYP = ("JWT", "vc+jwt")  # 1EdTech wants "JWT" (or none); VC-JOSE-COSE names vc+jwt
ES256_SIGNATURE_BYTES = 64
DID_JWK_PREFIX = "did:jwk:"


# --- the issuer and kid of the JWT form ------------------------------------------------------------

def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64url_decode(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise Invalid(Failure.MALFORMED, "not base64url") from None


def did_jwk(jwk: Mapping[str, str]) -> str:
    members = {k: jwk[k] for k in ("crv", "kty", "x", "y")}
    return DID_JWK_PREFIX + _b64url(json.dumps(members, separators=(",", ":"), sort_keys=True).encode("utf-8"))


def jwt_issuer(settings: CredentialSettings, key: JwtKey) -> tuple[Issuer, str]:
    """The issuer of the JWT form and the ``kid`` that names its key."""
    domain = settings.issuer_domain.strip()
    if domain:
        issuer = Issuer(did=did_web(domain), name=settings.issuer_name, url=f"https://{domain.strip('/')}/")
        return issuer, f"{issuer.did}#{key.kid}"
    issuer = Issuer(did=did_jwk(key.public_jwk()), name=settings.issuer_name)
    return issuer, f"{issuer.did}#0"


def decode_did_jwk(did: str) -> dict[str, Any]:
    """The public JWK a did:jwk carries (raises KeyFileError when it carries none)."""
    try:
        jwk = json.loads(_b64url_decode(did.partition("#")[0].removeprefix(DID_JWK_PREFIX)))
    except (Invalid, ValueError):
        raise KeyFileError(f"{did[:40]!r} is not a did:jwk") from None
    if not isinstance(jwk, dict):
        raise KeyFileError(f"{did[:40]!r} is not a did:jwk")
    return jwk


def _kid_thumbprint(kid: str) -> tuple[str, str]:
    """(the DID the kid belongs to, the thumbprint of the key it names)."""
    did, _, fragment = kid.partition("#")
    if did.startswith(DID_JWK_PREFIX):
        try:
            jwk = decode_did_jwk(did)
            return did, ECKey.import_key({k: jwk[k] for k in ("kty", "crv", "x", "y")}).thumbprint()
        except (KeyFileError, ValueError, KeyError, TypeError, JoseError):
            raise Invalid(Failure.MALFORMED, f"the kid {kid!r} is not a did:jwk of a P-256 key") from None
    if did.startswith("did:") and fragment:
        return did, fragment
    raise Invalid(Failure.UNKNOWN_KEY, f"the kid {kid!r} is not a DID URL naming one of our keys")


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


def sign_jwt(credential: Mapping[str, Any], key: JwtKey, kid: str) -> str:
    """The compact VC-JWT: header alg ES256, typ JWT, kid; no cty, no embedded key."""
    header = {"alg": ALGORITHM, "typ": "JWT", "kid": kid}
    payload = {**credential, **jwt_claims(credential)}
    body = json.dumps(payload, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode("utf-8")
    return jws.serialize_compact(header, body, key.private, algorithms=[ALGORITHM])


def envelope(token: str) -> dict[str, Any]:
    """The signed credential as a JSON document (VC data model 2.0's enveloped form)."""
    return {"@context": [VC_V2_CONTEXT], "id": ENVELOPED_PREFIX + token, "type": ENVELOPED_TYPE}


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



# --- the checks, in order: form, header, key, signature, content, time -------------------------------

def _parse(token: str) -> tuple[dict[str, Any], bytes]:
    parts = token.split(".")
    if len(parts) != 3:
        raise Invalid(Failure.MALFORMED, f"not a VC-JWT: a compact JWS has 3 dot-separated parts, "
                      f"this has {len(parts)}")
    try:
        compact = jws.extract_compact(token.encode("ascii"))
    except (JoseError, ValueError, UnicodeError) as exc:
        raise Invalid(Failure.MALFORMED, f"not a VC-JWT: {exc}") from None
    return dict(compact.protected), compact.payload


def _check_header(header: Mapping[str, Any]) -> str:
    if header.get("alg") != ALGORITHM:
        raise Invalid(Failure.UNSUPPORTED, f"signature algorithm {header.get('alg')!r} is not supported "
                      f"(only {ALGORITHM})")
    if "typ" in header and header["typ"] not in ACCEPTED_TYP:
        raise Invalid(Failure.MALFORMED, f"JWS typ {header['typ']!r} is not a VC-JWT")
    if "crit" in header:  # RFC 7515 4.1.11: extensions we do not understand must fail
        raise Invalid(Failure.UNSUPPORTED, f"critical header extensions {header['crit']!r} are not supported")
    kid = header.get("kid")
    if not isinstance(kid, str) or not kid:
        raise Invalid(Failure.MALFORMED, "the JWS header names no key (kid)")
    return kid


def _resolve(keys: Any, kid: str) -> tuple[str, Mapping[str, str]]:
    did, thumb = _kid_thumbprint(kid)
    resolve = getattr(keys, "resolve_jwt", None)
    jwk = resolve(thumb) if resolve is not None else None
    if jwk is None:
        raise Invalid(Failure.UNKNOWN_KEY, f"signed with key {kid}, which is not among the trusted keys")
    return did, jwk


def _check_signature(token: str, jwk: Mapping[str, str], payload: bytes) -> None:
    public = ECKey.import_key({k: jwk[k] for k in ("kty", "crv", "x", "y")})
    try:
        jws.deserialize_compact(token, public, algorithms=[ALGORITHM])
    except BadSignatureError:
        raise _diagnose_bad_signature(token, payload, jwk.get("kid", "?")) from None
    except JoseError as exc:
        raise Invalid(Failure.MALFORMED, f"not a VC-JWT: {exc}") from None


def _diagnose_bad_signature(token: str, payload: bytes, kid: str) -> Invalid:
    signature = _b64url_decode(token.rsplit(".", 1)[1])
    if len(signature) != ES256_SIGNATURE_BYTES:
        return Invalid(Failure.BAD_SIGNATURE, f"the signature is {len(signature)} bytes; "
                       f"an ES256 signature is {ES256_SIGNATURE_BYTES}")
    try:
        mismatch = _claim_mismatch(_decode_payload(payload))
    except Invalid:
        mismatch = None
    if mismatch:
        return Invalid(Failure.TAMPERED, f"the credential was changed after signing: {mismatch}")
    return Invalid(Failure.TAMPERED, f"the signature does not match the content: the credential or its "
                   f"header was changed after key {kid} signed it, or the signature was altered")


def _check_key_is_the_issuers(credential: Mapping[str, Any], did: str, kid: str) -> None:
    if issuer_id(credential) != did:
        raise Invalid(Failure.UNKNOWN_KEY, f"the key {kid} does not belong to the issuer {issuer_id(credential)}")


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




def verify(document: str | bytes | Mapping[str, Any], keys: Any, *, now: datetime) -> VerifyResult:
    """Check a VC-JWT EndorsementCredential; the result says why not, naming the first failed check.

    ``keys`` is what is trusted: a KeyRing (its ES256 keys)."""
    try:
        token = extract_token(document)
        header, payload = _parse(token)
        kid = _check_header(header)
        did, jwk = _resolve(keys, kid)
        _check_signature(token, jwk, payload)
        credential = _decode_payload(payload)
        check_shape(credential)
        _check_key_is_the_issuers(credential, did, kid)
        check_time(credential, now)
    except Invalid as exc:
        return VerifyResult(ok=False, failure=exc.failure, reason=exc.reason)
    return VerifyResult(ok=True, reason=summary(credential, kid), credential=credential, kid=kid)


__all__ = ["envelope", "extract_token", "jwt_claims", "jwt_issuer", "sign_jwt", "verify"]
