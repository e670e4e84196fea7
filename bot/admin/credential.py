"""A passed request as a verifiable endorsement: the facts, the export, and the outcome email's attachment."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import utc
from bot.compose import Attachment
from bot.credentials import EndorsementFacts, ExportFormat, KeyFileError, credential_file, export_document
from bot.db.models import EndorsementRequest
from bot.domain.status import Status
from bot.settings import Settings


class NotEndorsable(ValueError):
    """The request did not pass, so there is nothing to endorse; the message says what it is instead."""


@dataclass(frozen=True, slots=True)
class OutcomeCredential:
    """What the outcome email carries: the attachment, or a note saying why there is none."""

    attachments: tuple[Attachment, ...]
    note: str


def facts_for(request: EndorsementRequest, settings: Settings) -> EndorsementFacts:
    if request.status != Status.PASSED or request.decided_at is None:
        raise NotEndorsable(f"request #{request.id} is {request.status.replace('_', ' ')}, not passed: "
                            "only a passed request can be exported")
    evidence = {name: list(c.get("evidence", [])) for name, c in request.criteria.items() if c.get("met")}
    return EndorsementFacts(
        request_id=request.id or 0,
        endorser_email=request.endorser_email,
        endorser_name=request.endorser_name,
        candidate_email=request.candidate_email,
        candidate_name=request.candidate_name,
        passed_at=utc(request.decided_at),
        evidence=evidence,
        issuer_base_url=settings.credentials.issuer_base_url,
    )


def export_request(request: EndorsementRequest, fmt: ExportFormat, settings: Settings) -> dict[str, object]:
    """The OB 3.0 or OB 2.0 document for a passed request (KeyFileError for ob3 without a signing key)."""
    return export_document(facts_for(request, settings), fmt, settings.credentials)


def outcome_credential(request: EndorsementRequest, settings: Settings) -> OutcomeCredential:
    """The signed OB 3.0 credential for the endorser's outcome email; without a key the email goes anyway."""
    try:
        document = export_request(request, "ob3", settings)
    except KeyFileError:
        return OutcomeCredential((), "No signing key is set up yet, so no verifiable credential is attached; "
                                     f"an admin can send it later with: endorsebot export {request.id} --format ob3")
    file = credential_file(document, "ob3", request.id or 0)
    attachment = Attachment(file.filename, file.content_type, file.data)
    return OutcomeCredential((attachment,), f"The verifiable endorsement (Open Badges 3.0) is attached as "
                                            f"{file.filename}.")
