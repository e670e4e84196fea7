"""Every exported form of the credential passes 1EdTech's EndorsementCredential JSON Schema (vendored with
its licence in tests/credentials/schemas), validated by the `jsonschema` package."""

from __future__ import annotations

import base64
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft201909Validator

from bot.credentials import EndorsementFacts, JwtKey, SigningKey, export_document
from bot.credentials.export import EXPORT_FORMATS, ExportFormat
from bot.settings import CredentialSettings

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "1edtech-ob-v3p0" /
                     "ob_v3p0_endorsementcredential_schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft201909Validator(SCHEMA)


def _credential(document: dict[str, Any] | str) -> dict[str, Any]:
    """The credential a relying party validates: the JSON itself, or the JWT's payload."""
    if isinstance(document, dict) and document.get("type") != "EnvelopedVerifiableCredential":
        return document
    token = document if isinstance(document, str) else document["id"].split(",", 1)[1]
    payload = token.split(".")[1]
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return decoded


def _errors(credential: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(credential)]


def test_the_vendored_schema_is_a_valid_draft_2019_09_schema() -> None:
    Draft201909Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
@pytest.mark.parametrize("domain", ["", "badges.acme.test"])
def test_every_exported_form_passes_the_1edtech_schema(
    facts: EndorsementFacts, key: SigningKey, jwt_key: JwtKey, fmt: ExportFormat, domain: str
) -> None:
    document = export_document(facts, fmt, CredentialSettings(issuer_domain=domain), key=key, jwt_key=jwt_key)
    assert _errors(_credential(document)) == []


def test_an_expiring_credential_with_a_published_endorser_passes_too(facts: EndorsementFacts, key: SigningKey) -> None:
    wider = dataclasses.replace(facts, valid_until=datetime(2027, 1, 5, tzinfo=UTC), show_endorser_email=True)
    assert _errors(_credential(export_document(wider, "ob3", CredentialSettings(), key=key))) == []


@pytest.mark.parametrize("field", ["name", "validFrom", "issuer"])
def test_the_schema_would_catch_a_credential_missing_a_required_field(
    facts: EndorsementFacts, key: SigningKey, field: str
) -> None:
    document = export_document(facts, "ob3", CredentialSettings(), key=key)
    assert isinstance(document, dict)
    broken = {k: v for k, v in document.items() if k != field}
    assert any(field in error for error in _errors(broken))
