"""The signing keys, generated once by an admin, each kept as a private PEM (0600) and a public JWK:

- Ed25519 (``endorsebot-signing.*``) signs the Data Integrity proof;
- P-256 (``endorsebot-jwt-es256.*``) signs the VC-JWT form, as ES256, the algorithm 1EdTech's validator takes.

A key id (``kid``) is the RFC 7638 thumbprint of the public JWK, so it names the key itself and cannot drift
from it. Replacing keys keeps the old public halves as ``retired-…`` files so credentials signed before the
change still verify.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, OKPKey

from bot.host.private_files import private_dir

PRIVATE_KEY_FILE = "endorsebot-signing.pem"
PUBLIC_KEY_FILE = "endorsebot-signing.jwk.json"
JWT_PRIVATE_KEY_FILE = "endorsebot-jwt-es256.pem"
JWT_PUBLIC_KEY_FILE = "endorsebot-jwt-es256.public.json"
RETIRED_PREFIX = "retired-"


class KeyFileError(Exception):
    """A key file is missing, unreadable or not an Ed25519 key; the message says which and what to do."""


class KeyExistsError(KeyFileError):
    """generate_keypair would overwrite an existing key without ``force``."""


def _raw_public(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def thumbprint(public: Ed25519PublicKey) -> str:
    """RFC 7638 thumbprint (joserfc), over RFC 8037's members for an OKP key."""
    return OKPKey.import_key({"kty": "OKP", "crv": "Ed25519", "x": _b64url(_raw_public(public))}).thumbprint()


def public_jwk(public: Ed25519PublicKey) -> dict[str, str]:
    return {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": _b64url(_raw_public(public)),
        "kid": thumbprint(public),
        "alg": "EdDSA",
        "use": "sig",
    }


def public_key_from_jwk(jwk: Mapping[str, Any]) -> Ed25519PublicKey:
    if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519" or not isinstance(jwk.get("x"), str):
        raise KeyFileError("not an Ed25519 public JWK (needs kty OKP, crv Ed25519 and x)")
    try:
        key = OKPKey.import_key({"kty": "OKP", "crv": "Ed25519", "x": jwk["x"]})
        public = key.public_key
    except (JoseError, ValueError):
        raise KeyFileError("the JWK's x is not a 32-byte Ed25519 public key") from None
    if not isinstance(public, Ed25519PublicKey):
        raise KeyFileError("the JWK's x is not a 32-byte Ed25519 public key")
    return public


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


@dataclass(frozen=True)
class JwtKey:
    """The P-256 key of the VC-JWT form (ES256)."""

    private: ECKey

    @property
    def kid(self) -> str:
        return self.private.thumbprint()

    def public_jwk(self) -> dict[str, str]:
        return jwt_public_jwk(self.private)

    def __repr__(self) -> str:  # never show key material
        return f"JwtKey(kid={self.kid!r})"


def jwt_public_jwk(key: ECKey) -> dict[str, str]:
    public = {k: str(v) for k, v in key.as_dict(private=False).items() if k in ("kty", "crv", "x", "y")}
    return {**public, "kid": key.thumbprint(), "alg": "ES256", "use": "sig"}


@dataclass(frozen=True, slots=True)
class KeyPairFiles:
    private_key: Path
    public_jwk: Path
    kid: str
    retired: Path | None = None  # where the replaced key's public half was kept, if any
    jwt_kid: str | None = None  # the ES256 key's kid, when one was written


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


def _retire(current: Path, suffix: str) -> Path | None:
    if not current.exists():
        return None
    kid = json.loads(current.read_text(encoding="utf-8")).get("kid", "unknown")
    retired = current.with_name(f"{RETIRED_PREFIX}{kid}{suffix}")
    os.replace(current, retired)
    return retired


def _generate_ed25519(directory: Path) -> tuple[SigningKey, Path | None]:
    key = SigningKey(Ed25519PrivateKey.generate())
    pem = key.private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    retired = _retire(directory / PUBLIC_KEY_FILE, ".jwk.json")
    _write_private(directory / PRIVATE_KEY_FILE, pem)
    (directory / PUBLIC_KEY_FILE).write_text(json.dumps(key.public_jwk(), indent=2) + "\n", encoding="utf-8")
    return key, retired


def _generate_es256(directory: Path) -> JwtKey:
    key = JwtKey(ECKey.generate_key("P-256"))
    _retire(directory / JWT_PUBLIC_KEY_FILE, ".public.json")
    _write_private(directory / JWT_PRIVATE_KEY_FILE, key.private.as_pem(private=True))
    (directory / JWT_PUBLIC_KEY_FILE).write_text(json.dumps(key.public_jwk(), indent=2) + "\n", encoding="utf-8")
    return key


def generate_keypair(directory: Path, *, force: bool = False) -> KeyPairFiles:
    """Write new keys (Ed25519 and ES256) to ``directory``; refuse to replace them unless ``force``.

    A directory from before the ES256 key existed gets just that key, without ``force``."""
    directory = Path(directory)
    private_path, public_path = directory / PRIVATE_KEY_FILE, directory / PUBLIC_KEY_FILE
    has_ed25519 = private_path.exists() or public_path.exists()
    if not force and has_ed25519 and (directory / JWT_PRIVATE_KEY_FILE).exists():
        raise KeyExistsError(f"{private_path} already exists; use --force to replace the key")
    private_dir(directory)  # 0700, and never a symlink planted in its place (issue 10 item 15)
    jwt_key = _generate_es256(directory)
    if has_ed25519 and not force:
        existing = load_signing_key(directory)
        return KeyPairFiles(private_key=private_path, public_jwk=public_path, kid=existing.kid, jwt_kid=jwt_key.kid)
    key, retired = _generate_ed25519(directory)
    return KeyPairFiles(private_key=private_path, public_jwk=public_path, kid=key.kid, retired=retired,
                        jwt_kid=jwt_key.kid)


def load_jwt_key(directory: Path) -> JwtKey:
    path = Path(directory) / JWT_PRIVATE_KEY_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(f"no ES256 signing key at {path}: run `endorsebot keys generate`") from None
    except OSError as exc:
        raise KeyFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        key = ECKey.import_key(data)
    except (JoseError, ValueError, TypeError):
        raise KeyFileError(f"{path} is not an unencrypted P-256 PEM private key") from None
    if key.as_dict(private=False).get("crv") != "P-256" or not key.is_private:
        raise KeyFileError(f"{path} is not a P-256 private key")
    return JwtKey(key)


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
    """The public keys a verifier trusts, by kid: the current keys and every retired one.

    ``keys`` are the Ed25519 keys (Data Integrity), ``jwt_keys`` the ES256 public JWKs (VC-JWT)."""

    keys: Mapping[str, Ed25519PublicKey]
    jwt_keys: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @classmethod
    def from_directory(cls, directory: Path) -> KeyRing:
        directory = Path(directory)
        if not directory.is_dir():
            raise KeyFileError(f"no key directory at {directory}: run `endorsebot keys generate`")
        keys = {}
        for path in sorted(directory.glob("*.jwk.json")):
            public = load_public_jwk(path)
            keys[thumbprint(public)] = public
        jwt_keys = {}
        for path in sorted(directory.glob("*.public.json")):
            jwk = _load_es256_public(path)
            jwt_keys[jwk["kid"]] = jwk
        return cls(keys, jwt_keys)

    @classmethod
    def of(cls, *publics: Ed25519PublicKey) -> KeyRing:
        return cls({thumbprint(p): p for p in publics})

    def resolve(self, kid: str) -> Ed25519PublicKey | None:
        return self.keys.get(kid)

    def resolve_jwt(self, kid: str) -> Mapping[str, str] | None:
        return self.jwt_keys.get(kid)


def _load_es256_public(path: Path) -> dict[str, str]:
    try:
        jwk = json.loads(path.read_text(encoding="utf-8"))
        key = ECKey.import_key({k: jwk[k] for k in ("kty", "crv", "x", "y")})
    except (OSError, ValueError, KeyError, TypeError, JoseError):
        raise KeyFileError(f"{path} is not a P-256 public JWK") from None
    return jwt_public_jwk(key)
