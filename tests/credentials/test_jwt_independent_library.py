"""The VC-JWT checked by a JOSE library nobody here wrote (jwcrypto), the way 1EdTech's validator finds the key:
dereference the header's kid (a did:jwk carries the key; a did:web kid is looked up in the published did.json,
whose assertionMethod must list it). alg none, a wrong key and a changed payload all fail there too."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from jwcrypto import jwk, jws
from jwcrypto.common import JWException

from bot.credentials import EndorsementFacts, JwtKey, KeyRing, export_document, generate_keypair, load_jwt_key
from bot.credentials.publish import publish
from bot.settings import CredentialSettings
from tests.credentials.jwt_surgery import b64url, edit_payload, header_of

WEB = CredentialSettings(issuer_domain="badges.acme.test")


def _dereference(kid: str, did_json: Path | None = None) -> jwk.JWK:
    """The public JWK a relying party finds for ``kid``, without any endorsebot code."""
    did, _, _ = kid.partition("#")
    if did.startswith("did:jwk:"):
        encoded = did.removeprefix("did:jwk:")
        return jwk.JWK(**json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))))
    assert did_json is not None
    document = json.loads(did_json.read_text())
    assert kid in document["assertionMethod"]
    [method] = [m for m in document["verificationMethod"] if m["id"] == kid]
    return jwk.JWK(**method["publicKeyJwk"])


def _jwcrypto_verify(token: str, key: jwk.JWK) -> dict[str, Any]:
    checker = jws.JWS()
    checker.deserialize(token)
    checker.allowed_algs = ["ES256"]
    checker.verify(key)
    payload: dict[str, Any] = json.loads(checker.payload)
    return payload


def _token(facts: EndorsementFacts, jwt_key: JwtKey, settings: CredentialSettings) -> str:
    token = export_document(facts, "ob3-jwt", settings, jwt_key=jwt_key)
    assert isinstance(token, str)
    return token


def test_jwcrypto_verifies_the_did_jwk_form_with_the_key_its_kid_names(facts: EndorsementFacts,
                                                                     jwt_key: JwtKey) -> None:
    token = _token(facts, jwt_key, CredentialSettings())
    payload = _jwcrypto_verify(token, _dereference(header_of(token)["kid"]))
    assert payload["credentialSubject"]["endorsementComment"].startswith("Cam Candidate answered")


def test_jwcrypto_verifies_the_did_web_form_with_the_key_from_the_published_did_json(
    facts: EndorsementFacts, jwt_key: JwtKey, key_dir: Path, tmp_path: Path
) -> None:
    token = _token(facts, jwt_key, WEB)
    generate_keypair(key_dir, force=True)  # rotated since: the old key stays published
    files = publish(WEB, KeyRing.from_directory(key_dir), tmp_path / "well-known")
    assert _jwcrypto_verify(token, _dereference(header_of(token)["kid"], files.did_document))["iss"] == \
        "did:web:badges.acme.test"
    jwks = json.loads(files.jwks.read_text())
    assert {k["kid"] for k in jwks["keys"]} >= {jwt_key.kid, load_jwt_key(key_dir).kid}


def test_jwcrypto_refuses_a_changed_payload(facts: EndorsementFacts, jwt_key: JwtKey) -> None:
    token = _token(facts, jwt_key, CredentialSettings())
    forged = edit_payload(token, lambda p: p["credentialSubject"].update(endorsementComment="Hire Cam now."))
    with pytest.raises(JWException):
        _jwcrypto_verify(forged, _dereference(header_of(token)["kid"]))


def test_jwcrypto_refuses_the_token_under_a_wrong_key(facts: EndorsementFacts, jwt_key: JwtKey,
                                                      tmp_path: Path) -> None:
    generate_keypair(tmp_path / "other")
    stranger = jwk.JWK(**load_jwt_key(tmp_path / "other").public_jwk())
    with pytest.raises(JWException):
        _jwcrypto_verify(_token(facts, jwt_key, CredentialSettings()), stranger)


def test_jwcrypto_refuses_alg_none(facts: EndorsementFacts, jwt_key: JwtKey) -> None:
    token = _token(facts, jwt_key, CredentialSettings())
    _, payload, _ = token.split(".")
    unsigned = f"{b64url(json.dumps({'alg': 'none'}).encode())}.{payload}."
    with pytest.raises(JWException):
        _jwcrypto_verify(unsigned, _dereference(header_of(token)["kid"]))
