"""What a credential says, gathered once from a passed request: a frozen value the builders read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Thresholds:
    """How much each criterion needed (EvaluationSettings), stated in the credential."""

    min_tools: int = 2
    min_metrics: int = 3
    min_tips: int = 1


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
    # Most endorsements do not expire; set this to make verifiers refuse the credential afterwards.
    valid_until: datetime | None = None
    # urn:uuid (v4) ids stored with the request: the credential's and the candidate's (the subject is
    # never the candidate's address, which would be public wherever the badge is shown).
    credential_id: str | None = None
    subject_id: str | None = None
    # When the three questions were emailed (the request's sent_at); passed_at when unknown.
    asked_at: datetime | None = None
    thresholds: Thresholds = Thresholds()
    # Which checks decided (evaluation sources: "rules", "llm", "admin"), for the wording.
    checked_by: Sequence[str] = ("rules",)
    # Whether the endorser's address appears next to their name (CredentialSettings.publish_endorser_email).
    show_endorser_email: bool = False
    # The reply the evidence was quoted from, so quotes can be completed to whole phrases.
    reply_text: str = ""

    def __post_init__(self) -> None:
        for name in ("endorser_email", "candidate_email"):
            if "@" not in getattr(self, name):
                raise ValueError(f"{name} must be an email address")
        for name in ("passed_at", "valid_until", "asked_at"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise ValueError(f"{name} must be an aware datetime")
        if self.valid_until is not None and self.valid_until <= self.passed_at:
            raise ValueError("valid_until must be after passed_at")

    @property
    def endorser_label(self) -> str:
        name = self.endorser_name or "an endorser"
        return f"{name} ({self.endorser_email})" if self.show_endorser_email else name
