"""A passed request as a verifiable endorsement: the facts, the export, and the emails' attachment."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.clock import utc
from bot.credentials import (
    EndorsementFacts,
    ExportFormat,
    KeyFileError,
    Thresholds,
    credential_file,
    export_document,
)
from bot.credentials.export import Document
from bot.db.models import AuditEntry, EndorsementRequest, Evaluation
from bot.domain.names import shown
from bot.domain.status import Status
from bot.outbound.compose import Attachment
from bot.settings import Settings


class NotEndorsable(ValueError):
    """The request did not pass, so there is nothing to endorse; the message says what it is instead."""


@dataclass(frozen=True, slots=True)
class OutcomeCredential:
    """What the outcome emails carry: the attachment (and its file name), or a note saying why there is none."""

    attachments: tuple[Attachment, ...]
    note: str
    filename: str | None = None


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """What the credential's wording needs beyond the request row: the reply and who decided."""

    reply_text: str = ""
    decided_by_admin: bool = False


async def decision_record(session: AsyncSession, request: EndorsementRequest) -> DecisionRecord:
    evaluation = (await session.execute(
        select(Evaluation).where(col(Evaluation.request_id) == request.id).order_by(col(Evaluation.id).desc())
    )).scalars().first()
    passed_by = (await session.execute(
        select(AuditEntry.actor).where(col(AuditEntry.request_id) == request.id,
                                       col(AuditEntry.to_status) == Status.PASSED)
    )).scalars().first()
    return DecisionRecord(reply_text=evaluation.reply_text if evaluation else "",
                          decided_by_admin=bool(passed_by and passed_by.startswith("admin")))


def facts_for(request: EndorsementRequest, settings: Settings,
              record: DecisionRecord | None = None) -> EndorsementFacts:
    if request.status != Status.PASSED or request.decided_at is None:
        raise NotEndorsable(f"request #{request.id} is {request.status.replace('_', ' ')}, not passed: "
                            "only a passed request can be exported")
    record = record or DecisionRecord()
    met = {name: c for name, c in request.criteria.items() if c.get("met")}
    sources = [str(c.get("source", "rules")) for c in met.values()] or ["rules"]
    evaluation = settings.evaluation
    return EndorsementFacts(
        request_id=request.id or 0,
        endorser_email=request.endorser_email,
        endorser_name=shown(request.endorser_name),
        candidate_email=request.candidate_email,
        candidate_name=shown(request.candidate_name),
        passed_at=utc(request.decided_at),
        evidence={name: list(c.get("evidence", [])) for name, c in met.items()},
        credential_id=request.credential_uuid,
        subject_id=request.subject_uuid,
        asked_at=utc(request.sent_at) if request.sent_at else None,
        thresholds=Thresholds(evaluation.min_tools, evaluation.min_metrics, evaluation.min_tips),
        checked_by=tuple(sources) + (("admin",) if record.decided_by_admin else ()),
        show_endorser_email=settings.credentials.publish_endorser_email,
        reply_text=record.reply_text,
    )


async def export_request(session: AsyncSession, request: EndorsementRequest, fmt: ExportFormat,
                         settings: Settings) -> Document:
    """The signed credential for a passed request (KeyFileError without a signing key)."""
    facts = facts_for(request, settings, await decision_record(session, request))
    return export_document(facts, fmt, settings.credentials)


async def outcome_credential(session: AsyncSession, request: EndorsementRequest,
                             settings: Settings) -> OutcomeCredential:
    """The signed OB 3.0 credential for the outcome emails; without a key the emails go anyway."""
    try:
        document = await export_request(session, request, "ob3", settings)
    except KeyFileError:
        return OutcomeCredential((), "No signing key is set up yet, so no verifiable credential is attached; "
                                     f"an admin can send it later with: endorsebot export {request.id} --format ob3")
    file = credential_file(document, "ob3", request.id or 0)
    attachment = Attachment(file.filename, file.content_type, file.data)
    return OutcomeCredential((attachment,), f"The verifiable endorsement (Open Badges 3.0) is attached as "
                                            f"{file.filename}.", filename=file.filename)
