"""export_document: what `endorsebot export ID` prints and the outcome emails attach, in each format."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from bot.credentials import (
    EndorsementFacts,
    Failure,
    JwtKey,
    KeyFileError,
    KeyRing,
    SigningKey,
    credential_file,
    export_document,
    generate_keypair,
    load_signing_key,
    render_document,
    verify,
)
from bot.credentials.multikey import did_key
from bot.settings import CredentialSettings
from tests.credentials.conftest import A_MONTH_LATER, SUBJECT_URN


def test_ob3_export_carries_a_data_integrity_proof_by_the_did_key_issuer(
    facts: EndorsementFacts, key_dir: Path, key: SigningKey
) -> None:
    document = export_document(facts, "ob3", CredentialSettings(key_dir=str(key_dir)))
    assert isinstance(document, dict)
    assert document["issuer"]["id"] == did_key(key.public)
    proof = document["proof"]
    assert (proof["type"], proof["cryptosuite"], proof["proofPurpose"]) == (
        "DataIntegrityProof", "eddsa-rdfc-2022", "assertionMethod")
    assert proof["verificationMethod"] == f"{did_key(key.public)}#{did_key(key.public).removeprefix('did:key:')}"
    result = verify(document, KeyRing.from_directory(key_dir), now=A_MONTH_LATER)
    assert result.ok, result.reason
    assert result.credential is not None and result.credential["credentialSubject"]["id"] == SUBJECT_URN


def test_exporting_twice_gives_the_same_bytes(facts: EndorsementFacts, key: SigningKey) -> None:
    first = render_document(export_document(facts, "ob3", CredentialSettings(), key=key))
    assert render_document(export_document(facts, "ob3", CredentialSettings(), key=key)) == first


@pytest.mark.parametrize("edit", [
    lambda d: d["credentialSubject"].__setitem__("endorsementComment", "Cam is the best."),
    lambda d: d.__setitem__("validFrom", "2020-01-01T00:00:00Z"),
    lambda d: d["issuer"].__setitem__("name", "Someone Else"),
    lambda d: d["proof"].__setitem__("created", "2020-01-01T00:00:00Z"),
])
def test_a_changed_credential_is_tampered(facts: EndorsementFacts, key: SigningKey, edit) -> None:
    document = export_document(facts, "ob3", CredentialSettings(), key=key)
    changed = copy.deepcopy(document)
    edit(changed)
    result = verify(changed, key.public, now=A_MONTH_LATER)
    assert result.failure is Failure.TAMPERED, result.reason


def test_a_proof_by_another_key_under_our_issuer_is_refused(facts: EndorsementFacts, key: SigningKey,
                                                            tmp_path: Path) -> None:
    generate_keypair(tmp_path / "mallory")
    forged = export_document(facts, "ob3", CredentialSettings(issuer_domain="bot.example"),
                             key=load_signing_key(tmp_path / "mallory"))
    result = verify(forged, key.public, now=A_MONTH_LATER)
    assert result.failure is Failure.UNKNOWN_KEY


def test_a_proof_whose_method_is_not_the_issuers_is_refused(facts: EndorsementFacts, key: SigningKey) -> None:
    document = copy.deepcopy(export_document(facts, "ob3", CredentialSettings(), key=key))
    assert isinstance(document, dict)
    document["issuer"]["id"] = "did:web:impostor.example"
    result = verify(document, key.public, now=A_MONTH_LATER)
    assert result.failure is Failure.UNKNOWN_KEY and "not a key of the issuer" in result.reason


def test_a_credential_signed_before_a_key_rotation_still_verifies(facts: EndorsementFacts, key_dir: Path) -> None:
    settings = CredentialSettings(key_dir=str(key_dir), issuer_domain="bot.example")
    before = export_document(facts, "ob3", settings)
    generate_keypair(key_dir, force=True)
    assert verify(before, KeyRing.from_directory(key_dir), now=A_MONTH_LATER).ok


def test_the_jwt_formats_carry_the_same_credential(facts: EndorsementFacts, jwt_key: JwtKey,
                                                  keyring: KeyRing) -> None:
    bare = export_document(facts, "ob3-jwt", CredentialSettings(), jwt_key=jwt_key)
    enveloped = export_document(facts, "ob3-enveloped", CredentialSettings(), jwt_key=jwt_key)
    assert isinstance(bare, str) and bare.count(".") == 2
    assert isinstance(enveloped, dict) and enveloped["type"] == "EnvelopedVerifiableCredential"
    for document in (bare, enveloped):
        result = verify(document, keyring, now=A_MONTH_LATER)
        assert result.ok, result.reason
        assert result.credential is not None and result.credential["credentialSubject"]["id"] == SUBJECT_URN


def test_export_without_a_key_says_how_to_make_one(facts: EndorsementFacts, tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="endorsebot keys generate"):
        export_document(facts, "ob3", CredentialSettings(key_dir=str(tmp_path / "none")))


def test_the_attachment_is_the_rendered_json(facts: EndorsementFacts, key: SigningKey) -> None:
    document = export_document(facts, "ob3", CredentialSettings(), key=key)
    attachment = credential_file(document, "ob3", facts.request_id)
    assert attachment.filename == "endorsement-42.ob3.json"
    assert attachment.content_type == "application/json"
    assert json.loads(attachment.data) == document
    assert verify(attachment.data, key.public, now=A_MONTH_LATER).ok


def test_the_bare_jwt_attachment_is_a_jwt_file(facts: EndorsementFacts, jwt_key: JwtKey, keyring: KeyRing) -> None:
    document = export_document(facts, "ob3-jwt", CredentialSettings(), jwt_key=jwt_key)
    attachment = credential_file(document, "ob3-jwt", facts.request_id)
    assert attachment.filename == "endorsement-42.jwt"
    assert verify(attachment.data, keyring, now=A_MONTH_LATER).ok


def test_text_added_under_a_term_no_context_defines_is_refused_not_silently_uncovered(
    facts: EndorsementFacts, key: SigningKey
) -> None:
    document = export_document(facts, "ob3", CredentialSettings(), key=key)
    assert isinstance(document, dict)
    added = copy.deepcopy(document)
    added["recommendation"] = "Hire Cam at once."  # JSON-LD drops it: the proof would still verify
    added["credentialSubject"]["note"] = "Top 1% of candidates."
    result = verify(added, key.public, now=A_MONTH_LATER)
    assert result.failure is Failure.MALFORMED
    assert "no proof covers them: note, recommendation" in result.reason
