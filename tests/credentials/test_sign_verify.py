"""The VC-JWT form (ES256, joserfc) as 1EdTech's rules want it, and verifying: what passes, and the named
reason when not. An independent JOSE library (jwcrypto) checks the same tokens."""

from __future__ import annotations

import base64
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from joserfc import jws
from joserfc.jwk import ECKey

from bot.credentials import (
    EndorsementFacts,
    Failure,
    JwtKey,
    KeyRing,
    build_ob3,
    export_document,
    generate_keypair,
    load_jwt_key,
    verify,
)
from bot.credentials.vcjwt import did_jwk, jwt_issuer, sign_jwt
from bot.settings import CredentialSettings
from tests.credentials.conftest import A_MONTH_LATER, OB2_ENDORSEMENT, PASSED_AT, SUBJECT_URN
from tests.credentials.jwt_surgery import b64url, edit_header, edit_payload, enveloped, header_of, payload_of

WEB = CredentialSettings(issuer_domain="badges.acme.test")


@pytest.fixture
def token(facts: EndorsementFacts, jwt_key: JwtKey) -> str:
    document = export_document(facts, "ob3-jwt", CredentialSettings(), jwt_key=jwt_key)
    assert isinstance(document, str)
    return document


def test_the_header_is_what_1edtech_accepts_es256_typ_jwt_no_cty_and_a_did_kid(token: str, jwt_key: JwtKey) -> None:
    header = header_of(token)
    assert header == {"alg": "ES256", "typ": "JWT", "kid": f"{did_jwk(jwt_key.public_jwk())}#0"}


def test_without_a_domain_the_issuer_is_the_did_jwk_its_kid_dereferences(token: str, jwt_key: JwtKey) -> None:
    did = did_jwk(jwt_key.public_jwk())
    payload = payload_of(token)
    assert payload["issuer"]["id"] == payload["iss"] == did
    encoded = did.removeprefix("did:jwk:")
    named = json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
    assert ECKey.import_key(named).thumbprint() == jwt_key.kid


def test_with_a_domain_the_kid_is_a_did_web_url_and_the_issuer_did_web(facts: EndorsementFacts,
                                                                         jwt_key: JwtKey) -> None:
    web = export_document(facts, "ob3-jwt", WEB, jwt_key=jwt_key)
    assert isinstance(web, str)
    assert header_of(web)["kid"] == f"did:web:badges.acme.test#{jwt_key.kid}"
    assert payload_of(web)["iss"] == "did:web:badges.acme.test"


def test_a_signed_credential_verifies_and_yields_the_credential(token: str, keyring: KeyRing,
                                                               facts: EndorsementFacts) -> None:
    result = verify(token, keyring, now=A_MONTH_LATER)
    assert result.ok, result.reason
    assert result.credential is not None
    assert result.credential["credentialSubject"]["id"] == SUBJECT_URN
    assert "issued by endorsebot skills check <did:jwk:" in result.reason


def test_the_jwt_claims_mirror_the_credential(token: str) -> None:
    payload = payload_of(token)
    assert payload["sub"] == SUBJECT_URN
    assert payload["jti"] == payload["id"]
    assert payload["nbf"] == int(PASSED_AT.timestamp())
    assert "exp" not in payload


@pytest.mark.parametrize("form", ["bare jwt", "jwt with newline", "enveloped dict", "enveloped json", "data url"])
def test_every_form_of_the_file_verifies(token: str, keyring: KeyRing, form: str) -> None:
    document: Any = {
        "bare jwt": token,
        "jwt with newline": token + "\n",
        "enveloped dict": enveloped(token),
        "enveloped json": json.dumps(enveloped(token)).encode(),
        "data url": enveloped(token)["id"],
    }[form]
    assert verify(document, keyring, now=A_MONTH_LATER).ok


def test_a_tampered_comment_fails_as_tampered(token: str, keyring: KeyRing) -> None:
    def praise(payload: dict[str, Any]) -> None:
        payload["credentialSubject"]["endorsementComment"] = "Cam is the best marketer in the world."

    result = verify(edit_payload(token, praise), keyring, now=A_MONTH_LATER)
    assert result.failure is Failure.TAMPERED
    assert "changed after key" in result.reason


def test_a_changed_subject_is_named_in_the_reason(token: str, keyring: KeyRing) -> None:
    def steal(payload: dict[str, Any]) -> None:
        payload["credentialSubject"]["id"] = "urn:uuid:00000000-0000-4000-8000-000000000bad"

    result = verify(edit_payload(token, steal), keyring, now=A_MONTH_LATER)
    assert result.failure is Failure.TAMPERED
    assert f"sub claim is '{SUBJECT_URN}'" in result.reason


def test_an_altered_header_fails_as_tampered(token: str, keyring: KeyRing) -> None:
    result = verify(edit_header(token, lambda h: h.update(typ="vc+jwt")), keyring, now=A_MONTH_LATER)
    assert result.failure is Failure.TAMPERED


def test_alg_none_is_refused(token: str, keyring: KeyRing) -> None:
    _, payload, _ = token.split(".")
    unsigned = f"{b64url(json.dumps({'alg': 'none', 'kid': header_of(token)['kid']}).encode())}.{payload}."
    result = verify(unsigned, keyring, now=A_MONTH_LATER)
    assert result.failure is Failure.UNSUPPORTED and "'none' is not supported" in result.reason


def test_a_key_we_do_not_trust_is_an_unknown_key(token: str, tmp_path: Path) -> None:
    generate_keypair(tmp_path / "other")
    result = verify(token, KeyRing.from_directory(tmp_path / "other"), now=A_MONTH_LATER)
    assert result.failure is Failure.UNKNOWN_KEY
    assert "not among the trusted keys" in result.reason


def test_another_key_signing_under_our_kid_fails(facts: EndorsementFacts, jwt_key: JwtKey, keyring: KeyRing,
                                                 tmp_path: Path) -> None:
    generate_keypair(tmp_path / "mallory")
    mallory = load_jwt_key(tmp_path / "mallory")
    issuer, kid = jwt_issuer(WEB, jwt_key)  # our did:web and our key's kid
    forged = sign_jwt(build_ob3(facts, issuer), mallory, kid)
    result = verify(forged, keyring, now=A_MONTH_LATER)
    assert result.failure is Failure.TAMPERED


def test_a_kid_that_is_not_the_issuers_key_is_refused(facts: EndorsementFacts, jwt_key: JwtKey,
                                                      keyring: KeyRing) -> None:
    issuer, _ = jwt_issuer(WEB, jwt_key)
    _, jwk_kid = jwt_issuer(CredentialSettings(), jwt_key)  # our own key, but under did:jwk, not the issuer
    result = verify(sign_jwt(build_ob3(facts, issuer), jwt_key, jwk_kid), keyring, now=A_MONTH_LATER)
    assert result.failure is Failure.UNKNOWN_KEY and "does not belong to the issuer" in result.reason


def test_a_truncated_signature_is_a_bad_signature(token: str, keyring: KeyRing) -> None:
    result = verify(token[:-10], keyring, now=A_MONTH_LATER)
    assert result.failure is Failure.BAD_SIGNATURE
    assert "an ES256 signature is 64" in result.reason


def test_before_valid_from_it_is_not_yet_valid(token: str, keyring: KeyRing) -> None:
    result = verify(token, keyring, now=datetime(2026, 1, 5, 8, 59, tzinfo=UTC))
    assert result.failure is Failure.NOT_YET_VALID
    assert "2026-01-05T09:00:00Z" in result.reason


def test_from_valid_until_on_it_is_expired(facts: EndorsementFacts, jwt_key: JwtKey, keyring: KeyRing) -> None:
    until = datetime(2026, 1, 6, 9, 0, tzinfo=UTC)
    token = export_document(dataclasses.replace(facts, valid_until=until), "ob3-jwt", CredentialSettings(),
                            jwt_key=jwt_key)
    assert isinstance(token, str)
    assert payload_of(token)["exp"] == int(until.timestamp())
    assert verify(token, keyring, now=datetime(2026, 1, 6, 8, 59, tzinfo=UTC)).ok
    result = verify(token, keyring, now=until)
    assert result.failure is Failure.EXPIRED
    assert "expired at 2026-01-06T09:00:00Z" in result.reason


def test_a_credential_from_a_retired_key_still_verifies(facts: EndorsementFacts, jwt_key: JwtKey,
                                                       key_dir: Path) -> None:
    token = export_document(facts, "ob3-jwt", WEB, jwt_key=jwt_key)
    generate_keypair(key_dir, force=True)
    assert load_jwt_key(key_dir).kid != jwt_key.kid
    assert verify(token, KeyRing.from_directory(key_dir), now=A_MONTH_LATER).ok


def _jws(header: dict[str, Any], payload: bytes = b"{}", signature: bytes = b"\0" * 64) -> str:
    return ".".join(b64url(p) for p in (json.dumps(header).encode(), payload, signature))


# The shape of an EndorsementCredential, enough to reach the proof checks.
_SHAPE: dict[str, Any] = {
    "@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential", "EndorsementCredential"],
    "issuer": "did:web:bot.example", "credentialSubject": {"endorsementComment": "x"},
}

MALFORMED: list[tuple[str, Any, Failure, str]] = [
    ("empty file", "", Failure.MALFORMED, "empty"),
    ("broken json", '{"type": ', Failure.MALFORMED, "not valid JSON"),
    ("json array", "[1, 2]", Failure.MALFORMED, "not a JSON object"),
    ("not utf-8", b"\xff\xfe\x00", Failure.MALFORMED, "not UTF-8"),
    ("two parts", "abc.def", Failure.MALFORMED, "3 dot-separated parts, this has 2"),
    ("header not json", f"{b64url(b'hello')}.e30.AAAA", Failure.MALFORMED, "not a VC-JWT"),
    ("alg HS256", _jws({"alg": "HS256", "kid": "k"}), Failure.UNSUPPORTED, "'HS256' is not supported"),
    ("alg EdDSA", _jws({"alg": "EdDSA", "kid": "k"}), Failure.UNSUPPORTED, "'EdDSA' is not supported"),
    ("no kid", _jws({"alg": "ES256"}), Failure.MALFORMED, "names no key"),
    ("bare kid", _jws({"alg": "ES256", "kid": "abc"}), Failure.UNKNOWN_KEY, "not a DID URL"),
    ("crit header", _jws({"alg": "ES256", "kid": "k", "crit": ["b64"]}), Failure.UNSUPPORTED, "critical"),
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
def test_documents_that_are_not_a_signed_credential_are_refused_by_name(
    document: Any, failure: Failure, words: str, keyring: KeyRing
) -> None:
    result = verify(document, keyring, now=A_MONTH_LATER)
    assert result.failure is failure, result.reason
    assert words in result.reason


def test_an_ob2_endorsement_is_explained_not_verified(keyring: KeyRing) -> None:
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
    facts: EndorsementFacts, jwt_key: JwtKey, keyring: KeyRing, changes: dict[str, Any], words: str
) -> None:
    issuer, kid = jwt_issuer(CredentialSettings(), jwt_key)
    credential = {**build_ob3(facts, issuer), **changes}
    header = {"alg": "ES256", "typ": "JWT", "kid": kid}
    token = jws.serialize_compact(header, json.dumps(credential).encode(), jwt_key.private, algorithms=["ES256"])
    result = verify(enveloped(token), keyring, now=A_MONTH_LATER)
    assert result.failure is Failure.MALFORMED
    assert words in result.reason
