"""Signing as a VC-JWT (EdDSA / Ed25519) and verifying: what passes, and the named reason when not."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bot.credentials import (
    EndorsementFacts,
    Failure,
    KeyRing,
    SigningKey,
    build_ob3,
    generate_keypair,
    sign,
    verify,
)
from bot.credentials.jose import b64url_encode
from tests.credentials.conftest import A_MONTH_LATER, ISSUER, OB2_ENDORSEMENT, PASSED_AT, SUBJECT_URN
from tests.credentials.jwt_surgery import edit_header, edit_payload, enveloped, header_of, jwt_of, payload_of

# The shape of an EndorsementCredential, enough to reach the proof checks.
_SHAPE: dict[str, Any] = {
    "@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential", "EndorsementCredential"],
    "issuer": "did:web:bot.example", "credentialSubject": {"endorsementComment": "x"},
}


@pytest.fixture
def signed(facts: EndorsementFacts, key: SigningKey) -> dict[str, Any]:
    return sign(build_ob3(facts, ISSUER), key)


def test_a_signed_credential_verifies_and_yields_the_credential(
    signed: dict[str, Any], keyring: KeyRing, facts: EndorsementFacts
) -> None:
    result = verify(signed, keyring, now=A_MONTH_LATER)
    assert result.ok, result.reason
    assert result.failure is None
    assert result.credential is not None
    assert result.credential["credentialSubject"] == build_ob3(facts, ISSUER)["credentialSubject"]
    assert "issued by Bot Example skills check <did:web:bot.example>" in result.reason


def test_the_signed_file_is_an_enveloped_vc_jwt(signed: dict[str, Any], key: SigningKey) -> None:
    assert signed["type"] == "EnvelopedVerifiableCredential"
    assert signed["id"].startswith("data:application/vc+jwt,")
    assert header_of(signed) == {"alg": "EdDSA", "typ": "vc+jwt", "cty": "vc", "kid": key.kid,
                                 "jwk": key.public_jwk()}


def test_the_jwt_claims_mirror_the_credential(signed: dict[str, Any], facts: EndorsementFacts) -> None:
    payload = payload_of(signed)
    assert payload["iss"] == "did:web:bot.example"
    assert payload["sub"] == SUBJECT_URN
    assert payload["jti"] == payload["id"]
    assert payload["nbf"] == int(PASSED_AT.timestamp())
    assert "exp" not in payload


@pytest.mark.parametrize("form", ["dict", "json text", "json bytes", "bare jwt", "data url"])
def test_every_form_of_the_file_verifies(signed: dict[str, Any], keyring: KeyRing, form: str) -> None:
    document: Any = {
        "dict": signed,
        "json text": json.dumps(signed, indent=2),
        "json bytes": json.dumps(signed).encode(),
        "bare jwt": jwt_of(signed) + "\n",
        "data url": signed["id"],
    }[form]
    assert verify(document, keyring, now=A_MONTH_LATER).ok


def test_a_tampered_comment_fails_as_tampered(signed: dict[str, Any], keyring: KeyRing) -> None:
    def praise(payload: dict[str, Any]) -> None:
        payload["credentialSubject"]["endorsementComment"] = "Cam is the best marketer in the world."

    result = verify(edit_payload(signed, praise), keyring, now=A_MONTH_LATER)
    assert not result.ok
    assert result.failure is Failure.TAMPERED
    assert "changed after key" in result.reason


def test_a_changed_subject_is_named_in_the_reason(signed: dict[str, Any], keyring: KeyRing) -> None:
    def steal(payload: dict[str, Any]) -> None:
        payload["credentialSubject"]["id"] = "mailto:mallory@evil.example"

    result = verify(edit_payload(signed, steal), keyring, now=A_MONTH_LATER)
    assert result.failure is Failure.TAMPERED
    assert "sub claim is 'urn:uuid:8a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d'" in result.reason
    assert "mailto:mallory@evil.example" in result.reason


def test_an_altered_header_fails_as_tampered(signed: dict[str, Any], keyring: KeyRing) -> None:
    result = verify(edit_header(signed, lambda h: h.update(typ="JWT")), keyring, now=A_MONTH_LATER)
    assert result.failure is Failure.TAMPERED


def test_a_key_we_do_not_trust_is_an_unknown_key(signed: dict[str, Any], tmp_path: Path) -> None:
    other = generate_keypair(tmp_path / "other")
    result = verify(signed, KeyRing.from_directory(tmp_path / "other"), now=A_MONTH_LATER)
    assert result.failure is Failure.UNKNOWN_KEY
    assert "not among the trusted keys" in result.reason
    assert other.kid not in result.reason


def test_a_single_wrong_public_key_is_an_unknown_key(signed: dict[str, Any], key: SigningKey) -> None:
    stranger = Ed25519PrivateKey.generate().public_key()
    result = verify(signed, stranger, now=A_MONTH_LATER)
    assert result.failure is Failure.UNKNOWN_KEY
    assert key.kid in result.reason


def test_the_right_single_public_key_verifies(signed: dict[str, Any], key: SigningKey) -> None:
    assert verify(signed, key.public, now=A_MONTH_LATER).ok


def test_an_impostor_key_claiming_our_kid_is_a_bad_signature(
    facts: EndorsementFacts, key: SigningKey, keyring: KeyRing
) -> None:
    impostor = SigningKey(Ed25519PrivateKey.generate())
    forged_header = {"alg": "EdDSA", "typ": "vc+jwt", "kid": key.kid, "jwk": impostor.public_jwk()}
    payload = b64url_encode(json.dumps(build_ob3(facts, ISSUER)).encode())
    to_sign = f"{b64url_encode(json.dumps(forged_header).encode())}.{payload}".encode()
    forged = f"{to_sign.decode()}.{b64url_encode(impostor.private.sign(to_sign))}"
    result = verify(forged, keyring, now=A_MONTH_LATER)
    assert result.failure is Failure.BAD_SIGNATURE
    assert f"posing as trusted key {key.kid}" in result.reason


def test_a_truncated_signature_is_a_bad_signature(signed: dict[str, Any], keyring: KeyRing) -> None:
    result = verify(jwt_of(signed)[:-10], keyring, now=A_MONTH_LATER)
    assert result.failure is Failure.BAD_SIGNATURE
    assert "an Ed25519 signature is 64" in result.reason


def test_before_valid_from_it_is_not_yet_valid(signed: dict[str, Any], keyring: KeyRing) -> None:
    result = verify(signed, keyring, now=datetime(2026, 1, 5, 8, 59, tzinfo=UTC))
    assert result.failure is Failure.NOT_YET_VALID
    assert "2026-01-05T09:00:00Z" in result.reason


def test_from_valid_until_on_it_is_expired(facts: EndorsementFacts, key: SigningKey, keyring: KeyRing) -> None:
    until = datetime(2026, 1, 6, 9, 0, tzinfo=UTC)
    signed = sign(build_ob3(dataclasses.replace(facts, valid_until=until), ISSUER), key)
    assert payload_of(signed)["exp"] == int(until.timestamp())
    assert verify(signed, keyring, now=datetime(2026, 1, 6, 8, 59, tzinfo=UTC)).ok
    result = verify(signed, keyring, now=until)
    assert result.failure is Failure.EXPIRED
    assert "expired at 2026-01-06T09:00:00Z" in result.reason


def test_a_credential_from_a_retired_key_still_verifies(
    facts: EndorsementFacts, key: SigningKey, key_dir: Path
) -> None:
    signed = sign(build_ob3(facts, ISSUER), key)
    generate_keypair(key_dir, force=True)
    assert verify(signed, KeyRing.from_directory(key_dir), now=A_MONTH_LATER).ok


def _jws(header: dict[str, Any], payload: bytes = b"{}", signature: bytes = b"\0" * 64) -> str:
    return ".".join(b64url_encode(p) for p in (json.dumps(header).encode(), payload, signature))


MALFORMED: list[tuple[str, Any, Failure, str]] = [
    ("empty file", "", Failure.MALFORMED, "empty"),
    ("broken json", '{"type": ', Failure.MALFORMED, "not valid JSON"),
    ("json array", "[1, 2]", Failure.MALFORMED, "not a JSON object"),
    ("not utf-8", b"\xff\xfe\x00", Failure.MALFORMED, "not UTF-8"),
    ("two parts", "abc.def", Failure.MALFORMED, "3 dot-separated parts, this has 2"),
    ("bad base64", "a*b.cde.fgh", Failure.MALFORMED, "header is not base64url"),
    ("header not json", f"{b64url_encode(b'hello')}.e30.AAAA", Failure.MALFORMED, "header is not JSON"),
    ("alg none", _jws({"alg": "none", "kid": "k"}), Failure.UNSUPPORTED, "'none' is not supported"),
    ("alg HS256", _jws({"alg": "HS256", "kid": "k"}), Failure.UNSUPPORTED, "'HS256' is not supported"),
    ("no kid", _jws({"alg": "EdDSA"}), Failure.MALFORMED, "names no key"),
    ("crit header", _jws({"alg": "EdDSA", "kid": "k", "crit": ["b64"]}), Failure.UNSUPPORTED, "critical"),
    ("unsigned credential", {"@context": [], "type": ["VerifiableCredential", "EndorsementCredential"]},
     Failure.UNSIGNED, "no proof"),
    ("another cryptosuite", {**_SHAPE, "proof": {"type": "DataIntegrityProof", "cryptosuite": "ecdsa-rdfc-2019"}},
     Failure.UNSUPPORTED, "ecdsa-rdfc-2019"),
    ("enveloped non-jwt", {"type": "EnvelopedVerifiableCredential", "id": "data:application/vc+sd-jwt,x"},
     Failure.UNSUPPORTED, "data:application/vc+jwt"),
    ("some other json", {"hello": "world"}, Failure.MALFORMED, "not a credential"),
]


@pytest.mark.parametrize(("document", "failure", "words"), [row[1:] for row in MALFORMED],
                         ids=[row[0] for row in MALFORMED])
def test_documents_that_are_not_a_vc_jwt_are_refused_by_name(
    document: Any, failure: Failure, words: str, keyring: KeyRing
) -> None:
    result = verify(document, keyring, now=A_MONTH_LATER)
    assert not result.ok
    assert result.failure is failure
    assert words in result.reason


def test_an_ob2_endorsement_is_explained_not_verified(facts: EndorsementFacts, keyring: KeyRing) -> None:
    result = verify(OB2_ENDORSEMENT, keyring, now=A_MONTH_LATER)
    assert result.failure is Failure.UNSUPPORTED
    assert "hosted verification" in result.reason


SIGNED_BUT_WRONG: list[tuple[str, dict[str, Any], str]] = [
    ("not a VC", {"type": ["Thing"]}, "not a VerifiableCredential"),
    ("not an endorsement", {"type": ["VerifiableCredential", "OpenBadgeCredential"]},
     "not an EndorsementCredential"),
    ("no comment", {"credentialSubject": {"id": SUBJECT_URN, "type": ["EndorsementSubject"]}},
     "no endorsementComment"),
    ("no issuer", {"issuer": None}, "no issuer id"),
    ("bad validFrom", {"validFrom": "yesterday"}, "not an ISO 8601"),
    ("wrong context", {"@context": ["https://www.w3.org/2018/credentials/v1"]}, "first @context"),
]


@pytest.mark.parametrize(("changes", "words"), [row[1:] for row in SIGNED_BUT_WRONG],
                         ids=[row[0] for row in SIGNED_BUT_WRONG])
def test_a_validly_signed_document_must_still_be_an_endorsement_credential(
    facts: EndorsementFacts, key: SigningKey, keyring: KeyRing, changes: dict[str, Any], words: str
) -> None:
    credential = {**build_ob3(facts, ISSUER), **changes}
    header = {"alg": "EdDSA", "kid": key.kid}
    to_sign = f"{b64url_encode(json.dumps(header).encode())}.{b64url_encode(json.dumps(credential).encode())}"
    token = f"{to_sign}.{b64url_encode(key.private.sign(to_sign.encode()))}"
    result = verify(enveloped(token), keyring, now=A_MONTH_LATER)
    assert result.failure is Failure.MALFORMED
    assert words in result.reason
