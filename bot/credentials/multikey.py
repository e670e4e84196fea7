"""Ed25519 public keys as Multikey (multibase base58btc of multicodec ``ed25519-pub``) and as ``did:key``.

``did:key:z6Mk…`` carries the public key in the identifier itself, so a verifier resolves it offline
(W3C did:key method, Multikey in Controlled Identifiers 1.0).
"""

from __future__ import annotations

import base58
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

ED25519_PUB = b"\xed\x01"  # multicodec 0xed, varint-encoded
ED25519_PRIV = b"\x80\x26"  # multicodec 0x1300 (ed25519-priv), varint-encoded
BASE58BTC = "z"  # multibase prefix
DID_KEY_PREFIX = "did:key:"


class MultikeyError(ValueError):
    """Not a base58btc Ed25519 Multikey or did:key."""


def b58_multibase(data: bytes) -> str:
    return BASE58BTC + base58.b58encode(data).decode("ascii")


def b58_multibase_decode(text: str) -> bytes:
    if not text.startswith(BASE58BTC):
        raise MultikeyError(f"{text[:12]!r} is not multibase base58btc (it must start with 'z')")
    try:
        return base58.b58decode(text[1:])
    except ValueError:
        raise MultikeyError("not valid base58") from None


def encode_public(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return b58_multibase(ED25519_PUB + raw)


def decode_public(multikey: str) -> Ed25519PublicKey:
    data = b58_multibase_decode(multikey)
    if not data.startswith(ED25519_PUB) or len(data) != len(ED25519_PUB) + 32:
        raise MultikeyError("not an Ed25519 public Multikey (multicodec 0xed, 32 bytes)")
    return Ed25519PublicKey.from_public_bytes(data[len(ED25519_PUB):])


def decode_private(multikey: str) -> Ed25519PrivateKey:
    """A private Multikey (as the vc-di-eddsa test vectors publish theirs)."""
    data = b58_multibase_decode(multikey)
    if not data.startswith(ED25519_PRIV) or len(data) != len(ED25519_PRIV) + 32:
        raise MultikeyError("not an Ed25519 private Multikey (multicodec 0x1300, 32 bytes)")
    return Ed25519PrivateKey.from_private_bytes(data[len(ED25519_PRIV):])


def did_key(public: Ed25519PublicKey) -> str:
    return DID_KEY_PREFIX + encode_public(public)


def resolve_did_key(verification_method: str) -> Ed25519PublicKey:
    """The public key a did:key verification method names, resolved offline."""
    did, _, fragment = verification_method.partition("#")
    if not did.startswith(DID_KEY_PREFIX):
        raise MultikeyError(f"{did!r} is not a did:key")
    multikey = did.removeprefix(DID_KEY_PREFIX)
    if fragment and fragment != multikey:
        raise MultikeyError("a did:key verification method's fragment must repeat its key")
    return decode_public(multikey)
