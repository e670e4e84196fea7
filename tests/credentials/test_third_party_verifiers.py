"""Exported credentials checked by a verifier nobody here wrote: the Digital Credentials Consortium's
verifier-core (behind VerifierPlus and the Learner Credential Wallet), run in Node, offline.

scripts/install-third-party-verifiers.sh installs it, pinned by its lockfile, into a cache outside the repo.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from bot.credentials import EndorsementFacts, KeyRing, SigningKey, export_document, generate_keypair
from bot.credentials.publish import publish
from bot.settings import CredentialSettings
from tests.credentials.dcc_verifier import OB3_SCHEMA_URL, DccVerifier, dcc_verifier


@pytest.fixture(scope="session")
def dcc() -> DccVerifier:
    return dcc_verifier()


def _steps(result: Mapping[str, Any]) -> dict[str, bool]:
    assert "errors" not in result, result["errors"]
    return {entry["id"]: entry["valid"] for entry in result["log"]}


def _write(tmp_path: Path, document: Any, name: str = "credential.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def test_the_dcc_verifier_accepts_our_did_key_credential_and_its_schema_check_passes(
    dcc: DccVerifier, facts: EndorsementFacts, key: SigningKey, tmp_path: Path
) -> None:
    document = export_document(facts, "ob3", CredentialSettings(), key=key)
    result = dcc(_write(tmp_path, document))
    steps = _steps(result)
    assert steps["valid_signature"] is True
    assert steps["expiration"] is True
    [schema_check] = [i for i in result["additionalInformation"] if i["id"] == "schema_check"]
    assert [(r["schema"], r["result"]["valid"]) for r in schema_check["results"]] == [(OB3_SCHEMA_URL, True)]


def test_the_dcc_verifier_rejects_a_tampered_comment(
    dcc: DccVerifier, facts: EndorsementFacts, key: SigningKey, tmp_path: Path
) -> None:
    document = export_document(facts, "ob3", CredentialSettings(), key=key)
    assert isinstance(document, dict)
    forged = copy.deepcopy(document)
    forged["credentialSubject"]["endorsementComment"] += " Also a brilliant leader."
    result = dcc(_write(tmp_path, forged))
    assert [e["name"] for e in result["errors"]] == ["invalid_signature"]


def test_the_dcc_verifier_rejects_another_key_posing_as_our_did_key(
    dcc: DccVerifier, facts: EndorsementFacts, key: SigningKey, tmp_path: Path
) -> None:
    generate_keypair(tmp_path / "mallory")
    forged = export_document(facts, "ob3", CredentialSettings(key_dir=str(tmp_path / "mallory")))
    assert isinstance(forged, dict)
    ours = export_document(facts, "ob3", CredentialSettings(), key=key)
    assert isinstance(ours, dict)
    forged["issuer"] = ours["issuer"]  # our did:key as issuer, Mallory's proof
    result = dcc(_write(tmp_path, forged))
    assert [e["name"] for e in result["errors"]] == ["invalid_signature"], result


def test_the_dcc_verifier_resolves_our_did_web_from_the_published_did_document(
    dcc: DccVerifier, facts: EndorsementFacts, key_dir: Path, tmp_path: Path
) -> None:
    settings = CredentialSettings(key_dir=str(key_dir), issuer_domain="badges.acme.test")
    document = export_document(facts, "ob3", settings)
    generate_keypair(key_dir, force=True)  # rotated after signing: the retired key stays in did.json
    files = publish(settings, KeyRing.from_directory(key_dir), tmp_path / "well-known")
    served = {"https://badges.acme.test/.well-known/did.json": files.did_document}
    assert _steps(dcc(_write(tmp_path, document), served))["valid_signature"] is True


def test_without_the_did_document_the_dcc_verifier_cannot_check_a_did_web_credential(
    dcc: DccVerifier, facts: EndorsementFacts, key: SigningKey, tmp_path: Path
) -> None:
    document = export_document(facts, "ob3", CredentialSettings(issuer_domain="badges.acme.test"), key=key)
    result = dcc(_write(tmp_path, document))
    assert [e["name"] for e in result["errors"]] == ["invalid_signature"], result


def test_the_dcc_verifier_also_refuses_text_under_a_term_no_context_defines(
    dcc: DccVerifier, facts: EndorsementFacts, key: SigningKey, tmp_path: Path
) -> None:
    document = export_document(facts, "ob3", CredentialSettings(), key=key)
    assert isinstance(document, dict)
    added = {**copy.deepcopy(document), "recommendation": "Hire Cam at once."}
    assert "errors" in dcc(_write(tmp_path, added))
