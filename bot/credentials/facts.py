"""What a credential says, gathered once from a passed request: a frozen value the builders read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class EndorsementFacts:
    request_id: int | str
    endorser_email: str
    endorser_name: str
    candidate_email: str
    candidate_name: str
    # When the verdict became "passed": the credential is valid from then (aware datetime).
    passed_at: datetime
    # Criterion name -> the candidate's own words that met it (as in Judgement.criteria).
    evidence: Mapping[str, Sequence[str]]
    # Credential ids are minted under this URL; CredentialSettings.issuer_base_url.
    issuer_base_url: str = "https://endorsebot.example/"
    # Most endorsements do not expire; set this to make verifiers refuse the credential afterwards.
    valid_until: datetime | None = None

    def __post_init__(self) -> None:
        for name in ("endorser_email", "candidate_email"):
            if "@" not in getattr(self, name):
                raise ValueError(f"{name} must be an email address")
        for name in ("passed_at", "valid_until"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise ValueError(f"{name} must be an aware datetime")
        if self.valid_until is not None and self.valid_until <= self.passed_at:
            raise ValueError("valid_until must be after passed_at")

    @property
    def base_url(self) -> str:
        return self.issuer_base_url if self.issuer_base_url.endswith("/") else self.issuer_base_url + "/"
