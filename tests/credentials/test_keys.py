"""Signing keys: an Ed25519 private PEM only its owner can read, a public JWK named by its thumbprint."""

from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bot.credentials import (
    KeyExistsError,
    KeyFileError,
    KeyRing,
    generate_keypair,
    load_jwt_key,
    load_public_jwk,
    load_signing_key,
)
from bot.credentials.keys import (
    JWT_PRIVATE_KEY_FILE,
    JWT_PUBLIC_KEY_FILE,
    PRIVATE_KEY_FILE,
    PUBLIC_KEY_FILE,
    public_jwk,
)

# RFC 8037 appendix A: the Ed25519 example key, its RFC 7638 thumbprint and the signature of A.4.
RFC8037_D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"
RFC8037_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
RFC8037_THUMBPRINT = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_private_key_is_written_readable_by_its_owner_only(tmp_path: Path) -> None:
    files = generate_keypair(tmp_path / "keys")
    assert files.private_key == tmp_path / "keys" / PRIVATE_KEY_FILE
    assert _mode(files.private_key) == 0o600
    assert _mode(tmp_path / "keys") == 0o700
    assert files.private_key.read_text().startswith("-----BEGIN PRIVATE KEY-----")


def test_the_mode_is_0600_even_under_a_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        files = generate_keypair(tmp_path / "keys")
    finally:
        os.umask(old)
    assert _mode(files.private_key) == 0o600


def test_the_public_jwk_holds_no_private_part_and_names_its_key(tmp_path: Path) -> None:
    files = generate_keypair(tmp_path)
    jwk = json.loads(files.public_jwk.read_text())
    assert set(jwk) == {"kty", "crv", "x", "kid", "alg", "use"}
    assert (jwk["kty"], jwk["crv"], jwk["alg"], jwk["kid"]) == ("OKP", "Ed25519", "EdDSA", files.kid)
    assert load_signing_key(tmp_path).public_jwk() == jwk


def test_it_refuses_to_overwrite_a_key_without_force(tmp_path: Path) -> None:
    generate_keypair(tmp_path)
    before = (tmp_path / PRIVATE_KEY_FILE).read_bytes()
    with pytest.raises(KeyExistsError, match="--force"):
        generate_keypair(tmp_path)
    assert (tmp_path / PRIVATE_KEY_FILE).read_bytes() == before


def test_force_replaces_the_key_and_keeps_the_old_public_half(tmp_path: Path) -> None:
    first = generate_keypair(tmp_path)
    second = generate_keypair(tmp_path, force=True)
    assert second.kid != first.kid
    assert second.retired == tmp_path / f"retired-{first.kid}.jwk.json"
    assert _mode(second.private_key) == 0o600
    assert set(KeyRing.from_directory(tmp_path).keys) == {first.kid, second.kid}
    assert load_signing_key(tmp_path).kid == second.kid


def test_a_missing_key_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="endorsebot keys generate"):
        load_signing_key(tmp_path)
    with pytest.raises(KeyFileError, match="endorsebot keys generate"):
        KeyRing.from_directory(tmp_path / "absent")


def test_a_file_that_is_not_an_ed25519_pem_is_refused(tmp_path: Path) -> None:
    (tmp_path / PRIVATE_KEY_FILE).write_text("not a key")
    with pytest.raises(KeyFileError, match="not an unencrypted PEM"):
        load_signing_key(tmp_path)


@pytest.mark.parametrize(("content", "words"), [
    ("{", "not a readable JSON"),
    ('["x"]', "not a JWK object"),
    ('{"kty": "RSA", "n": "AQAB"}', "not an Ed25519 public JWK"),
    ('{"kty": "OKP", "crv": "Ed25519", "x": "AAAA"}', "not a 32-byte"),
])
def test_a_bad_public_jwk_is_refused(tmp_path: Path, content: str, words: str) -> None:
    (tmp_path / PUBLIC_KEY_FILE).write_text(content)
    with pytest.raises(KeyFileError, match=words):
        load_public_jwk(tmp_path / PUBLIC_KEY_FILE)


def test_the_kid_is_the_rfc_7638_thumbprint_of_rfc_8037s_example_key() -> None:
    d = base64.urlsafe_b64decode(RFC8037_D + "=")
    jwk = public_jwk(Ed25519PrivateKey.from_private_bytes(d).public_key())
    assert jwk["x"] == RFC8037_X
    assert jwk["kid"] == RFC8037_THUMBPRINT


def test_the_es256_key_is_written_0600_with_a_public_jwk_named_by_its_thumbprint(tmp_path: Path) -> None:
    files = generate_keypair(tmp_path / "keys")
    assert _mode(tmp_path / "keys" / JWT_PRIVATE_KEY_FILE) == 0o600
    public = json.loads((tmp_path / "keys" / JWT_PUBLIC_KEY_FILE).read_text())
    assert (public["kty"], public["crv"], public["alg"], public["kid"]) == ("EC", "P-256", "ES256", files.jwt_kid)
    assert "d" not in public
    assert load_jwt_key(tmp_path / "keys").kid == files.jwt_kid


def test_a_key_directory_from_before_es256_gets_just_that_key(tmp_path: Path) -> None:
    first = generate_keypair(tmp_path)
    (tmp_path / JWT_PRIVATE_KEY_FILE).unlink()
    (tmp_path / JWT_PUBLIC_KEY_FILE).unlink()
    again = generate_keypair(tmp_path)
    assert again.kid == first.kid and again.jwt_kid is not None
    assert load_jwt_key(tmp_path).kid == again.jwt_kid


def test_force_keeps_the_old_es256_public_key_trusted(tmp_path: Path) -> None:
    first = generate_keypair(tmp_path)
    second = generate_keypair(tmp_path, force=True)
    assert set(KeyRing.from_directory(tmp_path).jwt_keys) == {first.jwt_kid, second.jwt_kid}
