"""Privacy: raw mail kept only for ``[privacy] raw_retention_days``; `forget` and `export-person`.

Forgetting keeps what makes the statistics true (each request's status and dates) and removes who and
what: addresses, names, the candidate's words, evidence, raw mail, emails we sent, and free-text audit
details. After the targeted erasure every text, JSON and bytes column of every table is searched for the
address once more, so a copy in an unexpected place (an alert summary, a digest body) goes too. On SQLite
the file is then rebuilt (VACUUM) so deleted pages do not keep the old bytes.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import JSON, LargeBinary, String, Table, delete, func, or_, text, update
from sqlalchemy import select as core_select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel, col, select

from bot.admin.mentions import mentions, scrub_text
from bot.clock import Clock
from bot.db.engine import Database
from bot.db.models import (
    BODY_KEPT,
    RAW_KEPT,
    Alert,
    AuditEntry,
    EndorsementRequest,
    Evaluation,
    InboundMessage,
    Member,
    OutboundMessage,
)
from bot.domain.status import TRANSITIONS, Status
from bot.outbound import addresses
from bot.settings import PrivacySettings
from bot.workflow.transitions import change_status

ERASED_ADDRESS = "erased@invalid"  # RFC 6761: .invalid never resolves, so nothing can be sent there
FINISHED_OUTBOX = ("sent", "failed", "cancelled")


@dataclass(frozen=True, slots=True)
class RetentionResult:
    raw_deleted: int
    outbox_bodies_deleted: int


async def retention_sweep(db: Database, clock: Clock, settings: PrivacySettings) -> RetentionResult:
    """Drop raw inbound mail and finished outbox bodies older than the retention period. Idempotent."""
    if settings.raw_retention_days <= 0:
        return RetentionResult(0, 0)
    cutoff = clock.now() - timedelta(days=settings.raw_retention_days)
    async with db.session() as session:
        raw = await session.execute(
            update(InboundMessage).where(text(RAW_KEPT))
            .where(col(InboundMessage.received_at) < cutoff).values(raw=None))
        bodies = await session.execute(
            update(OutboundMessage).where(col(OutboundMessage.status).in_(FINISHED_OUTBOX))
            .where(col(OutboundMessage.created_at) < cutoff)
            .where(text(BODY_KEPT)).values(data=b""))
        await session.commit()
    return RetentionResult(int(raw.rowcount or 0), int(bodies.rowcount or 0))  # type: ignore[attr-defined]


# ---- forget ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ForgetReport:
    requests: int
    closed: int
    members: int
    inbound: int
    outbound_deleted: int
    scrubbed_values: int
    # SQLite only: a reader kept the write-ahead log from being folded back, so erased values may still
    # sit in the -wal file (or the old pages of the main file) until the next full checkpoint.
    checkpoint_blocked: bool = False

    @property
    def anything(self) -> bool:
        return any((self.requests, self.members, self.inbound, self.outbound_deleted, self.scrubbed_values))


async def forget_person(db: Database, clock: Clock, email: str, *, dry_run: bool = False) -> ForgetReport:
    """Erase everything personal about ``email``; with ``dry_run`` only count what would go."""
    address = addresses.normalize(email)
    if "@" not in address:
        raise ValueError(f"{email!r} is not an email address")
    async with db.session() as session:
        report = await _forget(session, clock.now(), address)
        # '"gina"@x' is gina@x, and so are "gina+jobs@x" and the domain's other spelling (issue 10 item 14, red team).
        for other in dict.fromkeys([*addresses.spellings(address)[1:], *await _same_mailbox(session, address)]):
            if other == address:
                continue
            more = await _forget(session, clock.now(), other)
            report = dataclasses.replace(report, **{f.name: getattr(report, f.name) + getattr(more, f.name)
                                                    for f in dataclasses.fields(ForgetReport)
                                                    if f.name != "checkpoint_blocked"})
        if dry_run:
            await session.rollback()
            return report
        await session.commit()
    blocked = await compact(db)
    return dataclasses.replace(report, checkpoint_blocked=blocked)


async def _same_mailbox(session: AsyncSession, address: str) -> list[str]:
    """The addresses stored for the same mailbox under another spelling: a +tag, the domain in Unicode or xn--."""
    key = addresses.mailbox_key(address)
    found: list[str] = []
    for column in (EndorsementRequest.endorser_email, EndorsementRequest.candidate_email, Member.email,
                   InboundMessage.from_addr):
        for value in await session.scalars(select(col(column)).distinct()):
            if value and "@" in value and addresses.mailbox_key(value) == key:
                found.append(value.lower().rstrip("."))
    return found


async def _forget(session: AsyncSession, now: datetime, address: str) -> ForgetReport:
    requests = list(await session.scalars(select(EndorsementRequest).where(
        or_(col(EndorsementRequest.endorser_email) == address, col(EndorsementRequest.candidate_email) == address))))
    ids = [r.id for r in requests if r.id is not None]
    names = await _names(session, address, requests)  # before _erase_request blanks them
    closed = sum([await _close(session, r, now) for r in requests])
    for request in requests:
        _erase_request(request, address)
    for evaluation in await session.scalars(select(Evaluation).where(col(Evaluation.request_id).in_(ids))):
        evaluation.reply_text, evaluation.details = "", {}
        evaluation.criteria = _without_evidence(evaluation.criteria)
    # A From as written may end in root dots ("gina@cand.example."): the same mailbox (issue 10 item 14, red team).
    inbound = list(await session.scalars(select(InboundMessage).where(
        or_(col(InboundMessage.request_id).in_(ids), col(InboundMessage.from_addr) == address,
            func.rtrim(col(InboundMessage.from_addr), ".") == address))))
    for row in inbound:
        row.raw, row.reply_text, row.subject, row.reason_detail = None, "", "", ""
        row.from_addr = "" if row.from_addr.rstrip(".") == address else row.from_addr
    outbound = await session.execute(delete(OutboundMessage).where(col(OutboundMessage.request_id).in_(ids)))
    for entry in await session.scalars(select(AuditEntry).where(col(AuditEntry.request_id).in_(ids))):
        entry.detail, entry.reason = {}, scrub_text(entry.reason, address)
    for alert in await session.scalars(select(Alert).where(col(Alert.request_id).in_(ids))):
        alert.summary = ""
    members = await session.execute(delete(Member).where(col(Member.email) == address))
    await session.flush()
    scrubbed = await scrub_everywhere(session, address)
    for name in names:  # the person's name goes too, wherever a text repeats it (issue 10 item 14)
        scrubbed += await scrub_everywhere(session, name)
    session.add(AuditEntry(at=now, actor="cli", action="forget", reason="personal data erased on request",
                           detail={"requests": len(ids)}))
    return ForgetReport(len(ids), closed, int(members.rowcount or 0), len(inbound),  # type: ignore[attr-defined]
                        int(outbound.rowcount or 0), scrubbed)  # type: ignore[attr-defined]


# A shorter "name" (initials, "Al") would erase unrelated words everywhere; such a name still goes from the
# person's own rows, just not from every text in the database.
MIN_NAME_CHARS = 4


async def _names(session: AsyncSession, address: str, requests: list[EndorsementRequest]) -> list[str]:
    """The full names the person is known by: as a member, as an endorser or candidate of their requests."""
    found = [await session.scalar(select(col(Member.name)).where(col(Member.email) == address)) or ""]
    for request in requests:
        found += [request.endorser_name if request.endorser_email == address else "",
                  request.candidate_name if request.candidate_email == address else ""]
    return [n for n in dict.fromkeys(n.strip() for n in found) if len(n) >= MIN_NAME_CHARS]


async def _close(session: AsyncSession, request: EndorsementRequest, now: datetime) -> bool:
    """An open request about a forgotten person must not go on mailing anyone."""
    targets = TRANSITIONS[Status(request.status)]
    target = Status.WITHDRAWN if Status.WITHDRAWN in targets else Status.FAILED if Status.FAILED in targets else None
    if target is None:
        return False
    await change_status(session, request, target, now=now, actor="cli", reason="personal data erased on request",
                        decided_at=now, reasons=[*request.reasons, "erased"])
    return True


def _erase_request(request: EndorsementRequest, address: str) -> None:
    if request.endorser_email == address:
        request.endorser_email, request.endorser_name = ERASED_ADDRESS, ""
    if request.candidate_email == address:
        request.candidate_email, request.candidate_name = ERASED_ADDRESS, ""
    request.criteria = _without_evidence(request.criteria)


def _without_evidence(criteria: dict[str, Any]) -> dict[str, Any]:
    # The verdict per criterion is an anonymous statistic; the quotes are the candidate's words.
    return {name: {**c, "evidence": []} if isinstance(c, dict) else c for name, c in criteria.items()}


async def scrub_everywhere(session: AsyncSession, address: str) -> int:
    """Replace ``address`` in every text/JSON column and drop bytes that mention it, in every table."""
    changed = 0
    for table in SQLModel.metadata.sorted_tables:
        searchable = [c for c in table.columns if isinstance(c.type, String | JSON | LargeBinary)]
        if not searchable:
            continue
        changed += await _scrub_table(session, table, searchable, address)
    return changed


async def _scrub_table(session: AsyncSession, table: Table, columns: list[Any], address: str) -> int:
    key = next(iter(table.primary_key.columns))
    changed = 0
    result = await session.execute(core_select(key, *columns))
    for row in result.all():
        values: dict[str, Any] = {}
        for column, value in zip(columns, row[1:], strict=True):
            if mentions(value, address):
                values[column.name] = _scrubbed(column, value, address)
        if values:
            await session.execute(update(table).where(key == row[0]).values(**values))
            changed += len(values)
    return changed


def _scrubbed(column: Any, value: Any, address: str) -> Any:
    if isinstance(value, bytes | bytearray):
        return None if column.nullable else b""
    if isinstance(value, str):
        return scrub_text(value, address)
    return json.loads(scrub_text(json.dumps(value, ensure_ascii=False), address))


async def compact(db: Database) -> bool:
    """Rebuild the SQLite file so erased values do not linger in free pages or the write-ahead log.

    Returns True when the checkpoint was blocked (its first result column, "busy", is 1: another connection,
    such as the running daemon, was reading), so the caller can say the erasure is not yet complete on disk."""
    if not db.is_sqlite:
        return False  # PostgreSQL: autovacuum reuses the space; docs/admin.md says when to run VACUUM FULL
    async with db.engine.connect() as conn:
        conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.exec_driver_sql("VACUUM")
        result = await conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        row = result.first()
    return row is not None and int(row[0]) != 0
