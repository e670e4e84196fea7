"""Shared values for the credential tests: one passed request, a key in a temp directory, a time."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.credentials import EndorsementFacts, KeyRing, SigningKey, generate_keypair, load_signing_key

PASSED_AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
A_MONTH_LATER = datetime(2026, 2, 5, 9, 0, tzinfo=UTC)


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
        issuer_base_url="https://bot.example/",
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
