"""`endorsebot keys generate` and `endorsebot verify FILE`, run through bot.cli.main."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest

from bot import cli
from bot.credentials import EndorsementFacts, SigningKey, export_document, load_jwt_key, load_signing_key
from bot.credentials.keys import PRIVATE_KEY_FILE, PUBLIC_KEY_FILE
from bot.settings import CredentialSettings
from tests.credentials.conftest import OB2_ENDORSEMENT, SUBJECT_URN


@pytest.fixture(autouse=True)
def _commands(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # The lead owns the registry; these tests only need the two commands present in it.
    monkeypatch.setitem(cli.COMMANDS, "keys", "keys")
    monkeypatch.setitem(cli.COMMANDS, "verify", "verify")
    monkeypatch.chdir(tmp_path)  # no stray config.toml; relative key_dir lands in the temp dir


def _main(*argv: str) -> int:
    return cli.main(list(argv))


def test_keys_generate_writes_a_0600_key_to_the_given_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _main("keys", "generate", "--dir", str(tmp_path / "k")) == 0
    assert stat.S_IMODE((tmp_path / "k" / PRIVATE_KEY_FILE).stat().st_mode) == 0o600
    out = capsys.readouterr().out
    assert "mode 0600" in out
    assert f"kid {load_signing_key(tmp_path / 'k').kid}" in out


def test_keys_generate_defaults_to_the_configured_key_dir(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('[credentials]\nkey_dir = "signing"\n')
    assert _main("--config", str(tmp_path / "config.toml"), "keys", "generate") == 0
    assert (tmp_path / "signing" / PUBLIC_KEY_FILE).exists()


def test_keys_generate_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _main("keys", "generate", "--dir", "k") == 0
    before = (tmp_path / "k" / PRIVATE_KEY_FILE).read_bytes()
    assert _main("keys", "generate", "--dir", "k") == 1
    assert "--force" in capsys.readouterr().err
    assert (tmp_path / "k" / PRIVATE_KEY_FILE).read_bytes() == before
    assert _main("keys", "generate", "--dir", "k", "--force") == 0
    assert (tmp_path / "k" / PRIVATE_KEY_FILE).read_bytes() != before


def test_keys_show_prints_the_public_jwk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _main("keys", "generate", "--dir", "k")
    capsys.readouterr()
    assert _main("keys", "show", "--dir", "k") == 0
    jwk = json.loads(capsys.readouterr().out)
    assert jwk["kid"] == load_signing_key(tmp_path / "k").kid
    assert "d" not in jwk


@pytest.fixture
def key(tmp_path: Path) -> SigningKey:
    assert _main("keys", "generate") == 0  # the default key_dir, "keys", under the temp dir
    return load_signing_key(tmp_path / "keys")


def _signed(facts: EndorsementFacts, key: SigningKey) -> dict[str, Any]:
    document = export_document(facts, "ob3", CredentialSettings(), key=key)
    assert isinstance(document, dict)
    return document


def _write(tmp_path: Path, document: Any, name: str = "credential.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document, indent=2))
    return str(path)


def test_verify_says_valid_and_exits_0(
    tmp_path: Path, facts: EndorsementFacts, key: SigningKey, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert _main("verify", _write(tmp_path, _signed(facts, key))) == 0
    out = capsys.readouterr().out
    assert out.startswith("valid: EndorsementCredential urn:uuid:")
    assert f"for {SUBJECT_URN}" in out


def test_verify_show_prints_the_credential(
    tmp_path: Path, facts: EndorsementFacts, key: SigningKey, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert _main("verify", "--show", _write(tmp_path, _signed(facts, key))) == 0
    shown = capsys.readouterr().out.split("\n", 1)[1]
    assert json.loads(shown)["credentialSubject"] == _signed(facts, key)["credentialSubject"]


def test_verify_says_invalid_with_the_reason_and_exits_1_when_tampered(
    tmp_path: Path, facts: EndorsementFacts, key: SigningKey, capsys: pytest.CaptureFixture[str]
) -> None:
    tampered = _signed(facts, key)
    tampered["credentialSubject"]["id"] = "urn:uuid:00000000-0000-4000-8000-000000000bad"
    capsys.readouterr()
    assert _main("verify", _write(tmp_path, tampered)) == 1
    out = capsys.readouterr().out
    assert out.startswith("INVALID: the proof does not match the content")


def test_verify_checks_a_bare_vc_jwt_file(
    tmp_path: Path, facts: EndorsementFacts, key: SigningKey, capsys: pytest.CaptureFixture[str]
) -> None:
    token = export_document(facts, "ob3-jwt", CredentialSettings(), jwt_key=load_jwt_key(tmp_path / "keys"))
    path = tmp_path / "endorsement.jwt"
    path.write_text(f"{token}\n")
    capsys.readouterr()
    assert _main("verify", str(path)) == 0
    assert capsys.readouterr().out.startswith("valid: EndorsementCredential")


def test_verify_with_another_key_directory_reports_an_unknown_key(
    tmp_path: Path, facts: EndorsementFacts, key: SigningKey, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, _signed(facts, key))
    _main("keys", "generate", "--dir", "other")
    capsys.readouterr()
    assert _main("verify", "--keys", "other", path) == 1
    assert "not among the trusted keys" in capsys.readouterr().out


@pytest.mark.parametrize(("content", "words"), [
    (None, "cannot read"),
    ("hello", "3 dot-separated parts"),
])
def test_verify_explains_unreadable_and_malformed_files(
    tmp_path: Path, key: SigningKey, capsys: pytest.CaptureFixture[str], content: str | None, words: str
) -> None:
    path = tmp_path / "input.json"
    if content is not None:
        path.write_text(content)
    capsys.readouterr()
    assert _main("verify", str(path)) == 1
    out = capsys.readouterr().out
    assert out.startswith("INVALID: ")
    assert words in out


def test_verify_without_any_key_says_how_to_get_one(
    tmp_path: Path, facts: EndorsementFacts, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _main("verify", _write(tmp_path, OB2_ENDORSEMENT)) == 1
    assert "endorsebot keys generate" in capsys.readouterr().out


def test_keys_publish_writes_a_did_document_listing_current_and_retired_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.credentials.multikey import encode_public

    (tmp_path / "config.toml").write_text('[credentials]\nissuer_domain = "badges.acme.test"\n')
    assert _main("keys", "generate") == 0
    old, old_jwt = load_signing_key(tmp_path / "keys"), load_jwt_key(tmp_path / "keys")
    assert _main("keys", "generate", "--force") == 0
    new = load_signing_key(tmp_path / "keys")
    capsys.readouterr()
    assert _main("--config", "config.toml", "keys", "publish", "--out", "site/.well-known") == 0
    assert "https://badges.acme.test/.well-known/did.json" in capsys.readouterr().out
    document = json.loads((tmp_path / "site/.well-known/did.json").read_text())
    assert document["id"] == "did:web:badges.acme.test"
    methods = {m["id"]: m for m in document["verificationMethod"]}
    for k in (old, new):
        method_id = f"did:web:badges.acme.test#{encode_public(k.public)}"
        assert methods[method_id]["publicKeyMultibase"] == encode_public(k.public)
        assert method_id in document["assertionMethod"]
    es256_kids = {k.kid for k in (old_jwt, load_jwt_key(tmp_path / "keys"))}
    for kid in es256_kids:  # the VC-JWT keys, under the kid a VC-JWT names
        method_id = f"did:web:badges.acme.test#{kid}"
        assert methods[method_id]["publicKeyJwk"]["crv"] == "P-256" and method_id in document["assertionMethod"]
    jwks = json.loads((tmp_path / "site/.well-known/jwks.json").read_text())
    assert {j["kid"] for j in jwks["keys"]} == {old.kid, new.kid} | es256_kids
    assert all("d" not in j for j in jwks["keys"])


def test_keys_publish_without_a_domain_explains_did_key_needs_nothing_hosted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _main("keys", "generate") == 0
    assert _main("keys", "publish", "--out", "site") == 1
    assert "did:key" in capsys.readouterr().err


def test_a_third_party_verifies_by_naming_the_did_key_issuer(
    tmp_path: Path, facts: EndorsementFacts, key: SigningKey, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _signed(facts, key)
    path = _write(tmp_path, document)
    capsys.readouterr()
    assert _main("verify", "--issuer", document["issuer"]["id"], path) == 0
    assert capsys.readouterr().out.startswith("valid: ")
    _main("keys", "generate", "--dir", "other")
    stranger = export_document(facts, "ob3", CredentialSettings(), key=load_signing_key(tmp_path / "other"))
    assert isinstance(stranger, dict)
    capsys.readouterr()
    assert _main("verify", "--issuer", document["issuer"]["id"], _write(tmp_path, stranger, "other.json")) == 1
    assert capsys.readouterr().out.startswith("INVALID: ")


def test_a_third_party_verifies_a_did_web_credential_with_a_copy_of_its_did_json(
    tmp_path: Path, facts: EndorsementFacts, key: SigningKey, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "config.toml").write_text('[credentials]\nissuer_domain = "badges.acme.test"\n')
    settings = CredentialSettings(issuer_domain="badges.acme.test")
    proof = export_document(facts, "ob3", settings, key=key)
    token = export_document(facts, "ob3-jwt", settings, jwt_key=load_jwt_key(tmp_path / "keys"))
    assert _main("--config", "config.toml", "keys", "publish", "--out", "site") == 0
    capsys.readouterr()
    for name, document in (("proof.json", proof), ("token.jwt", token)):
        path = tmp_path / name
        path.write_text(document if isinstance(document, str) else json.dumps(document))
        assert _main("verify", "--did-document", "site/did.json", str(path)) == 0, capsys.readouterr().out
    other = export_document(facts, "ob3", CredentialSettings(issuer_domain="elsewhere.test"), key=key)
    capsys.readouterr()
    assert _main("verify", "--did-document", "site/did.json", _write(tmp_path, other, "other.json")) == 1
    assert "not by the trusted issuer did:web:badges.acme.test" in capsys.readouterr().out
