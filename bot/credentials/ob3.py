"""Open Badges 3.0 EndorsementCredential: a W3C Verifiable Credential (data model 2.0), unsigned.

The platform is the issuer (a DID, see bot.credentials.issuer); the subject is the candidate under a
``urn:uuid`` stored with the request, never their address; the endorser is named in the words, as the
person who asked for the check. Signing is separate (dataintegrity, vcjwt) so the same document can be
shown, tested and signed either way.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from bot.credentials.facts import EndorsementFacts
from bot.credentials.issuer import Issuer
from bot.credentials.rdfc import OB_V3_CONTEXT, VC_V2_CONTEXT
from bot.credentials.wording import (
    credential_description,
    credential_name,
    endorsement_comment,
    issuer_description,
)

# The 1EdTech JSON Schema an OB 3.0 verifier validates an EndorsementCredential against. Not named in
# ``credentialSchema``: its type, 1EdTechJsonSchemaValidator2019, is a term no context defines, and the
# DCC verifier (JSON-LD safe mode) rejects the credential for it; verifiers pick this schema from the type.
OB_V3_ENDORSEMENT_SCHEMA = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json"
)
CREDENTIAL_TYPES = ("VerifiableCredential", "EndorsementCredential")

__all__ = ["OB_V3_CONTEXT", "OB_V3_ENDORSEMENT_SCHEMA", "VC_V2_CONTEXT", "build_ob3", "xsd_datetime"]


def xsd_datetime(when: datetime) -> str:
    """``2026-01-05T09:00:00Z``: UTC, whole seconds, the form VC examples and JWT ``nbf`` agree on."""
    return when.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _urn(value: str | None) -> str:
    # Rows stored before ids were kept get a fresh random id: unique, never derived from the address.
    if value is None:
        return uuid.uuid4().urn
    return value if value.startswith("urn:uuid:") else f"urn:uuid:{uuid.UUID(value)}"


def issuer_profile(issuer: Issuer) -> dict[str, Any]:
    profile: dict[str, Any] = {"id": issuer.did, "type": ["Profile"], "name": issuer.name,
                               "description": issuer_description()}
    if issuer.url:
        profile["url"] = issuer.url
    return profile


def build_ob3(facts: EndorsementFacts, issuer: Issuer) -> dict[str, Any]:
    credential: dict[str, Any] = {
        "@context": [VC_V2_CONTEXT, OB_V3_CONTEXT],
        "id": _urn(facts.credential_id),
        "type": list(CREDENTIAL_TYPES),
        "name": credential_name(facts, issuer.name),
        "description": credential_description(facts, issuer.name),
        "issuer": issuer_profile(issuer),
        "validFrom": xsd_datetime(facts.passed_at),
        "credentialSubject": {
            "id": _urn(facts.subject_id),
            "type": ["EndorsementSubject"],
            "endorsementComment": endorsement_comment(facts),
        },
    }
    if facts.valid_until is not None:
        credential["validUntil"] = xsd_datetime(facts.valid_until)
    return credential
