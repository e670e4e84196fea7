"""Shared values for the credential tests: one passed request, a key in a temp directory, a time."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.credentials import (
    EndorsementFacts,
    Issuer,
    JwtKey,
    KeyRing,
    SigningKey,
    generate_keypair,
    load_jwt_key,
    load_signing_key,
)

PASSED_AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
A_MONTH_LATER = datetime(2026, 2, 5, 9, 0, tzinfo=UTC)
CREDENTIAL_URN = "urn:uuid:3f1c2b9e-5d0a-4c7e-9b1a-2e6f8d4c0a11"
SUBJECT_URN = "urn:uuid:8a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d"
# An Open Badges 2.0 Endorsement as other tools export it: hosted verification, nothing to check here.
OB2_ENDORSEMENT = {"@context": "https://w3id.org/openbadges/v2", "type": "Endorsement",
                   "id": "https://issuer.example/endorsements/1", "verification": {"type": "hosted"}}
# A did:web issuer for tests that look at the document, not at who can resolve its key.
ISSUER = Issuer(did="did:web:bot.example", name="Bot Example skills check", url="https://bot.example/")


@pytest.fixture
def facts() -> EndorsementFacts:
    return EndorsementFacts(
        request_id=42,
        endorser_email="erin@endorsers.example",
        endorser_name="Erin Endorser",
        candidate_email="cam@candidates.example",
        candidate_name="Cam Candidate",
        passed_at=PASSED_AT,
        evidence={
            "tools": ["Sprout Social", "Brandwatch"],
            "metrics": ["engagement rate", "reach", "response time"],
            "angry_customer_tip": ["move the conversation to DMs and reply within the hour"],
        },
        credential_id=CREDENTIAL_URN,
        subject_id=SUBJECT_URN,
        asked_at=datetime(2026, 1, 4, 15, 30, tzinfo=UTC),
    )


@pytest.fixture
def key_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "keys"
    generate_keypair(directory)
    return directory


@pytest.fixture
def key(key_dir: Path) -> SigningKey:
    return load_signing_key(key_dir)


@pytest.fixture
def keyring(key_dir: Path) -> KeyRing:
    return KeyRing.from_directory(key_dir)


@pytest.fixture
def jwt_key(key_dir: Path) -> JwtKey:
    return load_jwt_key(key_dir)
