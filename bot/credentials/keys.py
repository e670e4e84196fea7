"""Ed25519 signing keys: generated once by an admin, kept as a private PEM (0600) and a public JWK.

The key id (``kid``) is the RFC 7638 thumbprint of the public JWK, so it names the key itself and
cannot drift from it. Replacing a key keeps the old public half as ``retired-<kid>.jwk.json`` so
credentials signed before the change still verify.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from bot.credentials.jose import JoseFormatError, b64url_decode, b64url_encode, json_bytes

PRIVATE_KEY_FILE = "endorsebot-signing.pem"
PUBLIC_KEY_FILE = "endorsebot-signing.jwk.json"
RETIRED_PREFIX = "retired-"


class KeyFileError(Exception):
    """A key file is missing, unreadable or not an Ed25519 key; the message says which and what to do."""


class KeyExistsError(KeyFileError):
    """generate_keypair would overwrite an existing key without ``force``."""


def _raw_public(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def thumbprint(public: Ed25519PublicKey) -> str:
    # RFC 7638 with RFC 8037's required members for OKP keys: crv, kty, x, sorted, no whitespace.
    members = {"crv": "Ed25519", "kty": "OKP", "x": b64url_encode(_raw_public(public))}
    return b64url_encode(hashlib.sha256(json_bytes(members)).digest())


def public_jwk(public: Ed25519PublicKey) -> dict[str, str]:
    return {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": b64url_encode(_raw_public(public)),
        "kid": thumbprint(public),
        "alg": "EdDSA",
        "use": "sig",
    }


def public_key_from_jwk(jwk: Mapping[str, Any]) -> Ed25519PublicKey:
    if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519" or not isinstance(jwk.get("x"), str):
        raise KeyFileError("not an Ed25519 public JWK (needs kty OKP, crv Ed25519 and x)")
    try:
        raw = b64url_decode(jwk["x"], "JWK x")
        return Ed25519PublicKey.from_public_bytes(raw)
    except (JoseFormatError, ValueError):
        raise KeyFileError("the JWK's x is not a 32-byte Ed25519 public key") from None


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()

    @property
    def kid(self) -> str:
        return thumbprint(self.public)

    def public_jwk(self) -> dict[str, str]:
        return public_jwk(self.public)

    def __repr__(self) -> str:  # never show key material
        return f"SigningKey(kid={self.kid!r})"


@dataclass(frozen=True, slots=True)
class KeyPairFiles:
    private_key: Path
    public_jwk: Path
    kid: str
    retired: Path | None = None  # where the replaced key's public half was kept, if any


def _write_private(path: Path, data: bytes) -> None:
    # Created 0600 from the first byte (no window where it is readable by others), then written.
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)  # the umask may only remove bits; make the mode exact
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _retire_current(directory: Path) -> Path | None:
    current = directory / PUBLIC_KEY_FILE
    if not current.exists():
        return None
    kid = json.loads(current.read_text(encoding="utf-8")).get("kid", "unknown")
    retired = directory / f"{RETIRED_PREFIX}{kid}.jwk.json"
    os.replace(current, retired)
    return retired


def generate_keypair(directory: Path, *, force: bool = False) -> KeyPairFiles:
    """Write a new Ed25519 key to ``directory``; refuse to replace one unless ``force``."""
    directory = Path(directory)
    private_path, public_path = directory / PRIVATE_KEY_FILE, directory / PUBLIC_KEY_FILE
    if not force:
        for path in (private_path, public_path):
            if path.exists():
                raise KeyExistsError(f"{path} already exists; use --force to replace the key")
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = SigningKey(Ed25519PrivateKey.generate())
    pem = key.private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    retired = _retire_current(directory)
    _write_private(private_path, pem)
    public_path.write_text(json.dumps(key.public_jwk(), indent=2) + "\n", encoding="utf-8")
    return KeyPairFiles(private_key=private_path, public_jwk=public_path, kid=key.kid, retired=retired)


def load_signing_key(directory: Path) -> SigningKey:
    path = Path(directory) / PRIVATE_KEY_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(f"no signing key at {path}: run `endorsebot keys generate`") from None
    except OSError as exc:
        raise KeyFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        private = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise KeyFileError(f"{path} is not an unencrypted PEM private key") from None
    if not isinstance(private, Ed25519PrivateKey):
        raise KeyFileError(f"{path} is not an Ed25519 key")
    return SigningKey(private)


def load_public_jwk(path: Path) -> Ed25519PublicKey:
    try:
        jwk = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KeyFileError(f"no public key at {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KeyFileError(f"{path} is not a readable JSON file: {exc}") from None
    if not isinstance(jwk, dict):
        raise KeyFileError(f"{path} is not a JWK object")
    return public_key_from_jwk(jwk)


@dataclass(frozen=True)
class KeyRing:
    """The public keys a verifier trusts, by kid: the current key and every retired one."""

    keys: Mapping[str, Ed25519PublicKey]

    @classmethod
    def from_directory(cls, directory: Path) -> KeyRing:
        directory = Path(directory)
        if not directory.is_dir():
            raise KeyFileError(f"no key directory at {directory}: run `endorsebot keys generate`")
        keys = {}
        for path in sorted(directory.glob("*.jwk.json")):
            public = load_public_jwk(path)
            keys[thumbprint(public)] = public
        return cls(keys)

    @classmethod
    def of(cls, *publics: Ed25519PublicKey) -> KeyRing:
        return cls({thumbprint(p): p for p in publics})

    def resolve(self, kid: str) -> Ed25519PublicKey | None:
        return self.keys.get(kid)
