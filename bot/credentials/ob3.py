"""Open Badges 3.0 EndorsementCredential: a W3C Verifiable Credential (data model 2.0), unsigned.

The endorser is the issuer, the candidate the subject; ``endorsementComment`` carries the evidence.
Signing is separate (bot.credentials.vcjwt) so the same document can be shown, tested and signed.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from bot.credentials.facts import EndorsementFacts
from bot.credentials.wording import credential_description, credential_name, endorsement_comment

VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_V3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
# The 1EdTech JSON Schema an OB 3.0 verifier may validate an EndorsementCredential against.
OB_V3_ENDORSEMENT_SCHEMA = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json"
)
CREDENTIAL_TYPES = ("VerifiableCredential", "EndorsementCredential")


def xsd_datetime(when: datetime) -> str:
    """``2026-01-05T09:00:00Z``: UTC, whole seconds, the form VC examples and JWT ``nbf`` agree on."""
    return when.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_credential_id(facts: EndorsementFacts) -> str:
    """A stable ``urn:uuid:`` per request, so exporting the same request twice names one credential."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{facts.base_url}requests/{facts.request_id}").urn


def _absolute_id(credential_id: str, facts: EndorsementFacts) -> str:
    # VC ids must be URLs; a bare token is minted under the issuer base URL.
    if ":" in credential_id:
        return credential_id
    return f"{facts.base_url}credentials/{credential_id}"


def build_ob3(facts: EndorsementFacts, *, credential_id: str | None = None) -> dict[str, Any]:
    credential: dict[str, Any] = {
        "@context": [VC_V2_CONTEXT, OB_V3_CONTEXT],
        "id": _absolute_id(credential_id or default_credential_id(facts), facts),
        "type": list(CREDENTIAL_TYPES),
        "name": credential_name(facts),
        "description": credential_description(facts),
        "issuer": {
            "id": f"mailto:{facts.endorser_email}",
            "type": ["Profile"],
            "name": facts.endorser_name or facts.endorser_email,
            "email": facts.endorser_email,
        },
        "validFrom": xsd_datetime(facts.passed_at),
        "credentialSubject": {
            "id": f"mailto:{facts.candidate_email}",
            "type": ["EndorsementSubject"],
            "endorsementComment": endorsement_comment(facts),
        },
        "credentialSchema": [{"id": OB_V3_ENDORSEMENT_SCHEMA, "type": "1EdTechJsonSchemaValidator2019"}],
    }
    if facts.valid_until is not None:
        credential["validUntil"] = xsd_datetime(facts.valid_until)
    return credential
