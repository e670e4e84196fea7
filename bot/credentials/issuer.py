"""Who issues the credentials, and how a verifier finds the key: the platform, as a DID.

Only the platform holds a signing key, and what it attests is its own automated check, so the platform is
the issuer (docs/credentials.md says why). Its identifier is ``did:web:<issuer_domain>`` when the operator
has a domain to host ``/.well-known/did.json`` on, else ``did:key`` of the current Ed25519 key, which a
verifier resolves offline from the identifier itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from bot.credentials.multikey import DID_KEY_PREFIX, MultikeyError, decode_public, did_key, encode_public
from bot.settings import CredentialSettings

DID_V1_CONTEXT = "https://www.w3.org/ns/did/v1"
MULTIKEY_V1_CONTEXT = "https://w3id.org/security/multikey/v1"
DID_WEB_PREFIX = "did:web:"
EXAMPLE_DOMAINS = ("example", "example.com", "example.org", "example.net")


def did_web(domain: str) -> str:
    # did:web method: the host (a port's colon percent-encoded), no path: the document is at /.well-known/did.json.
    return DID_WEB_PREFIX + quote(domain.strip().strip("/").lower(), safe="")


def did_web_document_url(did: str) -> str:
    host = did.removeprefix(DID_WEB_PREFIX).replace("%3A", ":").replace("%3a", ":")
    return f"https://{host}/.well-known/did.json"


def is_example_domain(domain: str) -> bool:
    host = domain.lower().rstrip(".").rsplit(":", 1)[0]
    return any(host == d or host.endswith("." + d) for d in EXAMPLE_DOMAINS)


@dataclass(frozen=True, slots=True)
class Issuer:
    did: str
    name: str
    url: str | None = None

    def method_for(self, public: Ed25519PublicKey) -> str:
        """The verification method id naming ``public`` in this issuer's DID document."""
        # The Multikey itself is the fragment, for did:web as for did:key: stable per key across rotations.
        return f"{self.did}#{encode_public(public)}"


def platform_issuer(settings: CredentialSettings, current: Ed25519PublicKey) -> Issuer:
    domain = settings.issuer_domain.strip()
    if domain:
        return Issuer(did=did_web(domain), name=settings.issuer_name, url=f"https://{domain.strip('/')}/")
    return Issuer(did=did_key(current), name=settings.issuer_name)


def method_key(verification_method: str, issuer_id: str) -> Ed25519PublicKey | None:
    """The key a verification method names, when it belongs to ``issuer_id``; None when it does not."""
    did, _, fragment = verification_method.partition("#")
    if did != issuer_id or not fragment:
        return None
    if did.startswith(DID_KEY_PREFIX) and fragment != did.removeprefix(DID_KEY_PREFIX):
        return None
    try:
        return decode_public(fragment)
    except MultikeyError:
        return None


def did_document(did: str, ed25519_keys: Iterable[Ed25519PublicKey],
                 jwt_keys: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """The DID document to host for did:web: every key, current and retired, so old credentials verify.

    ``jwt_keys`` maps a fragment to a public JWK (the ES256 key of the VC-JWT form)."""
    methods: list[dict[str, Any]] = [
        {"id": f"{did}#{encode_public(k)}", "type": "Multikey", "controller": did,
         "publicKeyMultibase": encode_public(k)}
        for k in ed25519_keys
    ]
    for fragment, jwk in (jwt_keys or {}).items():
        # JsonWebKey2020 and publicKeyJwk are terms of the DID v1 context itself: no other context to fetch.
        public = {k: jwk[k] for k in ("kty", "crv", "x", "y") if k in jwk}
        methods.append({"id": f"{did}#{fragment}", "type": "JsonWebKey2020", "controller": did,
                        "publicKeyJwk": public})
    ids = [m["id"] for m in methods]
    return {"@context": [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT], "id": did, "verificationMethod": methods,
            "assertionMethod": ids, "authentication": ids}
