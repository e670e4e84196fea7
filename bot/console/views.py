"""How requests look to admins: JSON objects and aligned terminal tables, shared by the CLI commands.

JSON carries aware UTC times in ISO 8601; text renders them in ``[workflow] timezone``. The reply
token never appears: it is a capability, not something to paste into tickets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.clock import utc
from bot.console.terminal import clean
from bot.db.models import AuditEntry, EndorsementRequest, Evaluation, InboundMessage, Member, OutboundMessage
from bot.domain.names import shown

# Long cells are cut so one odd row cannot push the table off the screen; JSON keeps everything.
MAX_CELL = 48


@dataclass(frozen=True, slots=True)
class RequestDetail:
    """A request with everything that explains how it got where it is."""

    request: EndorsementRequest
    audit: Sequence[AuditEntry] = ()
    inbound: Sequence[InboundMessage] = ()
    evaluations: Sequence[Evaluation] = ()
    outbound: Sequence[OutboundMessage] = ()


def iso(when: datetime | None) -> str | None:
    return None if when is None else utc(when).isoformat()


def local(when: datetime | None, timezone: str) -> str:
    if when is None:
        return "-"
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return utc(when).astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")


# ---- JSON -------------------------------------------------------------------------------------


def request_json(request: EndorsementRequest) -> dict[str, Any]:
    return {
        "id": request.id,
        "status": request.status,
        "reasons": list(request.reasons),
        "criteria": dict(request.criteria),
        "endorser": {"email": request.endorser_email, "name": request.endorser_name},
        "candidate": {"email": request.candidate_email, "name": request.candidate_name},
        "origin": request.origin,
        "created_at": iso(request.created_at),
        "sent_at": iso(request.sent_at),
        "deadline_at": iso(request.deadline_at),
        "decided_at": iso(request.decided_at),
        "reminders_sent": request.reminders_sent,
    }


def audit_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "at": iso(entry.at),
        "actor": entry.actor,
        "action": entry.action,
        "from_status": entry.from_status,
        "to_status": entry.to_status,
        "reason": entry.reason,
        "detail": dict(entry.detail),
    }


def inbound_json(message: InboundMessage) -> dict[str, Any]:
    return {
        "id": message.id,
        "received_at": iso(message.received_at),
        "timestamp_source": message.timestamp_source,
        "from": message.from_addr,
        "subject": message.subject,
        "message_id": message.message_id,
        "kind": message.kind,
        "accepted": message.reason is None,
        "reason": message.reason,
        "reason_detail": message.reason_detail,
    }


def evaluation_json(evaluation: Evaluation) -> dict[str, Any]:
    return {
        "created_at": iso(evaluation.created_at),
        "verdict": evaluation.verdict,
        "source": evaluation.source,
        "reasons": list(evaluation.reasons),
        "criteria": dict(evaluation.criteria),
        "inbound_ids": list(evaluation.inbound_ids),
        "reply_text": evaluation.reply_text,
    }


def outbound_json(message: OutboundMessage) -> dict[str, Any]:
    return {
        "kind": message.kind,
        "status": message.status,
        "message_id": message.message_id,
        "recipients": list(message.recipients),
        "attempts": message.attempts,
        "sent_at": iso(message.sent_at),
        "last_error": message.last_error,
    }


def detail_json(detail: RequestDetail) -> dict[str, Any]:
    return {
        **request_json(detail.request),
        "audit": [audit_json(e) for e in detail.audit],
        "inbound": [inbound_json(m) for m in detail.inbound],
        "evaluations": [evaluation_json(e) for e in detail.evaluations],
        "outbound": [outbound_json(m) for m in detail.outbound],
    }


def member_json(member: Member) -> dict[str, Any]:
    return {"email": member.email, "name": member.name, "active": member.active, "created_at": iso(member.created_at)}


# ---- text -------------------------------------------------------------------------------------


def _cell(value: object) -> str:
    # Cleaned before measuring, so a control sequence neither reaches the terminal nor skews the columns.
    text = "-" if value is None or value == "" else " ".join(clean(value).split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Columns padded to their widest cell, a rule under the headers; an empty table says so."""
    cells = [[_cell(v) for v in row] for row in rows]
    if not cells:
        return "(none)"
    widths = [max(len(h), *(len(row[i]) for row in cells)) for i, h in enumerate(headers)]
    lines = [headers, ["-" * w for w in widths], *cells]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in lines)


def requests_table(requests: Iterable[EndorsementRequest], timezone: str) -> str:
    headers = ("ID", "STATUS", "CANDIDATE", "ENDORSER", "DEADLINE", "REASONS")
    rows = [
        (r.id, r.status, r.candidate_email, r.endorser_email, local(r.deadline_at, timezone), ", ".join(r.reasons))
        for r in requests
    ]
    return table(headers, rows)


def members_table(members: Iterable[Member]) -> str:
    return table(("EMAIL", "NAME", "ACTIVE"), [(m.email, shown(m.name), "yes" if m.active else "no") for m in members])


def _criteria_lines(criteria: dict[str, Any]) -> list[str]:
    lines = []
    for name, result in criteria.items():
        if isinstance(result, dict):
            mark = "met" if result.get("met") else "not met"
            evidence = ", ".join(str(e) for e in result.get("evidence") or [])
            lines.append(f"  {name}: {mark}" + (f" ({evidence})" if evidence else ""))
        else:
            lines.append(f"  {name}: {result}")
    return lines


def detail_text(detail: RequestDetail, timezone: str) -> str:
    r = detail.request
    head = [
        f"request {r.id}: {r.status}",
        f"  candidate: {_person(r.candidate_email, r.candidate_name)}",
        f"  endorser:  {_person(r.endorser_email, r.endorser_name)}",
        f"  created:   {local(r.created_at, timezone)} (by {r.origin})",
        f"  sent:      {local(r.sent_at, timezone)}",
        f"  deadline:  {local(r.deadline_at, timezone)}",
        f"  decided:   {local(r.decided_at, timezone)}",
        f"  reasons:   {', '.join(r.reasons) or '-'}",
    ]
    if r.criteria:
        head += ["criteria:", *_criteria_lines(r.criteria)]
    audit = table(
        ("AT", "ACTOR", "FROM", "TO", "REASON"),
        [(local(e.at, timezone), e.actor, e.from_status, e.to_status, _why(e)) for e in detail.audit],
    )
    inbound = table(
        ("RECEIVED", "FROM", "KIND", "OUTCOME", "DETAIL"),
        [(local(m.received_at, timezone), m.from_addr, m.kind, m.reason or "accepted", m.reason_detail)
         for m in detail.inbound],
    )
    outbound = table(
        ("KIND", "STATUS", "TRIES", "SENT", "LAST ERROR"),
        [(m.kind, m.status, m.attempts, local(m.sent_at, timezone), m.last_error) for m in detail.outbound],
    )
    return "\n".join([*head, *_reply_lines(detail), "", "audit trail:", audit, "", "inbound messages:", inbound,
                      "", "outbound messages:", outbound, *_errors(detail)])


def _why(entry: AuditEntry) -> str:
    """The audit reason, with the server's words when a delivery failed (550 5.1.1 User unknown)."""
    error = str(entry.detail.get("error") or "")
    return f"{entry.reason}: {error}" if error and error not in entry.reason else entry.reason


def _reply_lines(detail: RequestDetail) -> list[str]:
    """The candidate's new text as last judged, each piece of evidence between [[ and ]]."""
    judged = next((e for e in reversed(detail.evaluations) if e.reply_text.strip()), None)
    if judged is None:
        return []
    evidence = [str(quote) for result in judged.criteria.values() if isinstance(result, dict)
                for quote in result.get("evidence") or [] if str(quote).strip()]
    text = mark_evidence(judged.reply_text.strip(), evidence)
    return ["", f"reply (the candidate's new text, judged {judged.verdict}; evidence in [[ ]]):",
            *(f"  | {line}" for line in text.splitlines())]


def mark_evidence(text: str, quotes: Sequence[str]) -> str:
    """``text`` with every occurrence of each quote wrapped in [[ ]]; one pass, longest quote first."""
    if not quotes:
        return text
    alternatives = sorted({q for q in quotes if q}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(q) for q in alternatives), re.IGNORECASE)
    return pattern.sub(lambda m: f"[[{m.group()}]]", text)


def _errors(detail: RequestDetail) -> list[str]:
    """The last error of any mail not (yet) delivered, in full: the table cuts long cells."""
    failing = [f"  {m.kind} ({m.status}): {m.last_error}" for m in detail.outbound
               if m.last_error and m.status != "sent"]
    failing += [f"  {e.to_status}: {e.detail['error']}" for e in detail.audit if e.detail.get("error")]
    return ["", "last errors:", *failing] if failing else []


def _person(email: str, name: str) -> str:
    return f"{shown(name)} <{email}>" if name else email  # a name stored before it was checked, too
