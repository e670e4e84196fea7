"""export_document: what `endorsebot export ID --format ob3|ob2` prints and the outcome email attaches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.credentials import (
    EndorsementFacts,
    KeyFileError,
    KeyRing,
    SigningKey,
    credential_file,
    export_document,
    render_document,
    verify,
)
from bot.settings import CredentialSettings
from tests.credentials.conftest import A_MONTH_LATER


def test_ob3_export_is_signed_with_the_key_in_the_configured_dir(facts: EndorsementFacts, key_dir: Path) -> None:
    settings = CredentialSettings(key_dir=str(key_dir), issuer_base_url="https://endorse.example")
    document = export_document(facts, "ob3", settings)
    result = verify(document, KeyRing.from_directory(key_dir), now=A_MONTH_LATER)
    assert result.ok, result.reason
    assert result.credential is not None
    assert result.credential["credentialSubject"]["id"] == "mailto:cam@candidates.example"


def test_the_configured_base_url_mints_the_ids(facts: EndorsementFacts, key: SigningKey) -> None:
    settings = CredentialSettings(issuer_base_url="https://endorse.example")  # no trailing slash
    document = export_document(facts, "ob3", settings, key=key, credential_id="c-42")
    result = verify(document, key.public, now=A_MONTH_LATER)
    assert result.credential is not None
    assert result.credential["id"] == "https://endorse.example/credentials/c-42"
    assert export_document(facts, "ob2", settings)["id"].startswith("https://endorse.example/endorsements/")


def test_ob2_export_needs_no_key(facts: EndorsementFacts, tmp_path: Path) -> None:
    document = export_document(facts, "ob2", CredentialSettings(key_dir=str(tmp_path / "none")))
    assert document["type"] == "Endorsement"


def test_ob3_export_without_a_key_says_how_to_make_one(facts: EndorsementFacts, tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="endorsebot keys generate"):
        export_document(facts, "ob3", CredentialSettings(key_dir=str(tmp_path / "none")))


def test_the_attachment_is_the_rendered_json(facts: EndorsementFacts, key: SigningKey) -> None:
    document = export_document(facts, "ob3", CredentialSettings(), key=key)
    attachment = credential_file(document, "ob3", facts.request_id)
    assert attachment.filename == "endorsement-42.ob3.json"
    assert attachment.content_type == "application/json"
    assert json.loads(attachment.data) == document
    assert attachment.data.decode() == render_document(document)
    assert verify(attachment.data, key.public, now=A_MONTH_LATER).ok
