"""Open Badges 2.0 Endorsement: the older, JSON-LD-only form for backpacks that predate OB 3.0.

OB 2.0 signed verification allows only RS256 keys, so this form uses hosted verification: it is
trustworthy only where it is served from the issuer's own URL (its ``id``).
"""

from __future__ import annotations

from typing import Any

from bot.credentials.facts import EndorsementFacts
from bot.credentials.ob3 import default_credential_id, xsd_datetime
from bot.credentials.wording import endorsement_comment

OB_V2_CONTEXT = "https://w3id.org/openbadges/v2"


def build_ob2(facts: EndorsementFacts) -> dict[str, Any]:
    # OB 2.0 gives an Endorsement no expiry field: valid_until applies to the OB 3.0 form only.
    token = default_credential_id(facts).removeprefix("urn:uuid:")
    return {
        "@context": OB_V2_CONTEXT,
        "type": "Endorsement",
        "id": f"{facts.base_url}endorsements/{token}",
        "claim": {
            "id": f"mailto:{facts.candidate_email}",
            "endorsementComment": endorsement_comment(facts),
        },
        "issuer": {
            "id": f"mailto:{facts.endorser_email}",
            "type": "Profile",
            "name": facts.endorser_name or facts.endorser_email,
            "email": facts.endorser_email,
        },
        "issuedOn": xsd_datetime(facts.passed_at),
        "verification": {"type": "hosted"},
    }
