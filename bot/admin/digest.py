"""The daily digest: what happened since the last one and what needs an admin, as text and HTML.

Gathering reads the database with the clock's "now" and returns a frozen value; rendering is the
templates' job (templates/digest.txt.j2 and digest.html.j2). Sending a digest stores its status counts
in an audit row, which is how the next digest knows what changed and whether today's one went out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.admin.chart import DayOutcomes
from bot.admin.marking import Segment, mark_evidence
from bot.clock import utc
from bot.db import counters
from bot.db.models import Alert, AuditEntry, Counter, EndorsementRequest, Evaluation, InboundMessage
from bot.domain.names import shown as shown_name
from bot.domain.reasons import Reason
from bot.domain.status import AWAITING_REPLY, Status
from bot.ports import REFRESH_FAILED
from bot.settings import Settings

# Inbound refusals that are routine and need nobody: not listed in the digest.
ROUTINE = frozenset({Reason.AUTO_REPLY, Reason.DUPLICATE, Reason.OWN_MAIL})
# Someone tried to start a request by email and was refused.
REFUSED_REQUEST = frozenset({Reason.UNKNOWN_ENDORSER, Reason.SENDER_NOT_AUTHENTICATED, Reason.RATE_LIMITED,
                             Reason.NO_CANDIDATE, Reason.CANDIDATE_NOT_ALLOWED, Reason.UNPRINTABLE_NAME,
                             Reason.REPLAYED_SIGNATURE,
                             Reason.CONFIRMATION_PENDING,
                             Reason.CONFIRMATION_INVALID, Reason.CONFIRMATION_USED, Reason.CONFIRMATION_EXPIRED,
                             Reason.CONFIRMATION_NOT_YES})
# A long reply is cut in the digest; the whole text is one `endorsebot status ID` away.
MAX_TEXT_CHARS = 4000
SNAPSHOT_ACTION = "digest"


@dataclass(frozen=True, slots=True)
class StatusCount:
    status: str
    count: int
    change: int | None  # None when there is no earlier digest to compare with


@dataclass(frozen=True, slots=True)
class CriterionView:
    name: str
    met: bool
    evidence: tuple[str, ...]
    source: str
    rules: str  # what the keyword rules found, in words ("" if not recorded)
    llm: str  # what the model found, in words ("" if it was not asked)


@dataclass(frozen=True, slots=True)
class ReviewCase:
    request_id: int
    endorser: str
    candidate: str
    waiting_since: datetime | None
    reasons: tuple[str, ...]
    criteria: tuple[CriterionView, ...]
    text: tuple[Segment, ...]
    truncated: bool
    flags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Expiring:
    request_id: int
    candidate: str
    status: str
    deadline_at: datetime


@dataclass(frozen=True, slots=True)
class Undeliverable:
    request_id: int
    address: str
    at: datetime | None
    error: str


@dataclass(frozen=True, slots=True)
class InboundIssue:
    inbound_id: int
    received_at: datetime
    sender: str
    subject: str
    reason: str
    detail: str


@dataclass(frozen=True, slots=True)
class LlmSpend:
    usd: float
    errors: int
    judged: int


@dataclass(frozen=True, slots=True)
class SignInProblem:
    """The mail provider refused the bot's OAuth2 sign-in (bot.ports.REFRESH_FAILED) since the last digest."""

    first_at: datetime
    last_at: datetime
    count: int
    summary: str  # the latest alert's words


@dataclass(frozen=True, slots=True)
class Rest:
    """What a capped list left out: how many rows, and the commands that list them ("" when none does)."""

    count: int = 0
    commands: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Digest:
    now: datetime
    since: datetime
    timezone: str
    counts: tuple[StatusCount, ...]
    review: tuple[ReviewCase, ...]
    expiring: tuple[Expiring, ...]
    undeliverable: tuple[Undeliverable, ...]
    unmatched: tuple[InboundIssue, ...]
    refused: tuple[InboundIssue, ...]
    llm: LlmSpend
    days: tuple[DayOutcomes, ...]
    # Past [digest] list_rows a list is cut (issue 15 item 4: a digest under 1 MB at 100k open requests).
    expiring_rest: Rest = Rest()
    undeliverable_rest: Rest = Rest()
    unmatched_rest: Rest = Rest()
    refused_rest: Rest = Rest()
    # Shown first: while it lasts, mail that needs the sign-in waits.
    sign_in: SignInProblem | None = None

    @property
    def total(self) -> int:
        return sum(c.count for c in self.counts)

    @property
    def empty(self) -> bool:
        """Nothing held and nothing happened (a fresh install): the daily digest is skipped, not sent blank."""
        return not (self.total or self.unmatched or self.refused or self.undeliverable or self.llm.usd
                    or self.sign_in)

    @property
    def needs_attention(self) -> int:
        return self.expiring_total + len(self.review) + len(self.undeliverable) + self.undeliverable_rest.count \
            + len(self.unmatched) + self.unmatched_rest.count + (1 if self.sign_in else 0)

    @property
    def expiring_total(self) -> int:
        return len(self.expiring) + self.expiring_rest.count

    def local(self, when: datetime | None, fmt: str = "%a %d %b %H:%M") -> str:
        return "-" if when is None else utc(when).astimezone(ZoneInfo(self.timezone)).strftime(fmt)

    def counts_json(self) -> dict[str, int]:
        return {c.status: c.count for c in self.counts}


async def gather_digest(session: AsyncSession, settings: Settings, now: datetime) -> Digest:
    last = await last_snapshot(session)
    since = utc(last.at) if last is not None else now - timedelta(days=1)
    previous = dict(last.detail.get("counts", {})) if last is not None else None
    rows = settings.digest.list_rows
    expiring, expiring_rest = await _expiring(session, now, settings.digest.expiring_within_hours, rows)
    undeliverable, undeliverable_rest = await _undeliverable(session, since, rows)
    unmatched, unmatched_rest = _capped(await _inbound_issues(session, since, refused=False), rows)
    refused, refused_rest = _capped(await _inbound_issues(session, since, refused=True), rows)
    return Digest(
        now=now,
        since=since,
        timezone=settings.digest.timezone,
        counts=await _counts(session, previous),
        review=tuple(await _review_cases(session)),
        expiring=tuple(expiring),
        undeliverable=tuple(undeliverable),
        unmatched=tuple(unmatched),
        refused=tuple(refused),
        llm=await _llm_spend(session, since, now),
        days=tuple(await _days(session, now, settings.digest.timezone, settings.digest.chart_days)),
        expiring_rest=expiring_rest,
        undeliverable_rest=undeliverable_rest,
        unmatched_rest=unmatched_rest,
        refused_rest=refused_rest,
        sign_in=await _sign_in_problem(session, since),
    )


async def _sign_in_problem(session: AsyncSession, since: datetime) -> SignInProblem | None:
    alerts = list(await session.scalars(
        select(Alert).where(col(Alert.kind) == REFRESH_FAILED).where(col(Alert.created_at) >= since)
        .order_by(col(Alert.created_at), col(Alert.id))))
    if not alerts:
        return None
    return SignInProblem(utc(alerts[0].created_at), utc(alerts[-1].created_at), len(alerts), alerts[-1].summary)


def _capped(issues: list[InboundIssue], rows: int) -> tuple[list[InboundIssue], Rest]:
    # No command lists inbound mail yet; the rest is counted, and a flood is already one line per sender.
    return issues[:rows], Rest(max(0, len(issues) - rows))


async def last_snapshot(session: AsyncSession) -> AuditEntry | None:
    return await session.scalar(
        select(AuditEntry).where(col(AuditEntry.action) == SNAPSHOT_ACTION)
        .order_by(col(AuditEntry.at).desc(), col(AuditEntry.id).desc()).limit(1)
    )


def snapshot(digest: Digest, *, scheduled_day: date | None, recipients: int) -> AuditEntry:
    """The audit row a sent digest leaves: its counts (for the next one's changes) and, if it was the
    scheduled one, its local day (so a restart does not send it twice). No addresses: nothing to forget."""
    detail: dict[str, Any] = {"counts": digest.counts_json(), "recipients": recipients}
    if scheduled_day is not None:
        detail["day"] = scheduled_day.isoformat()
    return AuditEntry(at=digest.now, actor="digest", action=SNAPSHOT_ACTION, reason="digest sent", detail=detail)


# ---- the sections -----------------------------------------------------------------------------


async def _counts(session: AsyncSession, previous: dict[str, int] | None) -> tuple[StatusCount, ...]:
    rows = await session.execute(
        select(col(EndorsementRequest.status), func.count()).group_by(col(EndorsementRequest.status)))
    now_counts = {str(status): int(n) for status, n in rows.all()}
    statuses = [str(s) for s in Status if str(s) in now_counts or (previous and str(s) in previous)]
    return tuple(
        StatusCount(s, now_counts.get(s, 0), None if previous is None else now_counts.get(s, 0) - previous.get(s, 0))
        for s in statuses
    )


async def _review_cases(session: AsyncSession) -> list[ReviewCase]:
    requests = await session.scalars(
        select(EndorsementRequest).where(col(EndorsementRequest.status) == Status.NEEDS_REVIEW.value)
        .order_by(col(EndorsementRequest.decided_at), col(EndorsementRequest.id)))
    cases = []
    for request in list(requests):
        evaluation = await session.scalar(
            select(Evaluation).where(col(Evaluation.request_id) == request.id)
            .order_by(col(Evaluation.created_at).desc(), col(Evaluation.id).desc()).limit(1))
        cases.append(_case(request, evaluation))
    return cases


def _case(request: EndorsementRequest, evaluation: Evaluation | None) -> ReviewCase:
    criteria = evaluation.criteria if evaluation is not None else request.criteria
    details = evaluation.details if evaluation is not None else {}
    text = evaluation.reply_text if evaluation is not None else ""
    evidence = [q for c in criteria.values() for q in c.get("evidence", [])]
    evidence += [q for v in _llm_criteria(details).values() for q in v.get("quotes", [])]
    shown = text[:MAX_TEXT_CHARS]
    return ReviewCase(
        request_id=request.id or 0,
        endorser=shown_name(request.endorser_name) or request.endorser_email,
        candidate=_person(request.candidate_name, request.candidate_email),
        waiting_since=request.decided_at,
        reasons=tuple(request.reasons or (evaluation.reasons if evaluation is not None else [])),
        criteria=tuple(_criterion(name, c, details) for name, c in criteria.items()),
        text=mark_evidence(shown, evidence),
        truncated=len(text) > len(shown),
        flags=_flags(details),
    )


def _criterion(name: str, c: dict[str, Any], details: dict[str, Any]) -> CriterionView:
    rules_view = details.get("rules_view", {}).get(name)
    disagreement = details.get("disagreements", {}).get(name, {})
    rules = rules_view or disagreement.get("rules") or (c if c.get("source") in ("rules", "both") else None)
    llm = _llm_criteria(details).get(name)
    return CriterionView(
        name=name,
        met=bool(c.get("met")),
        evidence=tuple(c.get("evidence", [])),
        source=str(c.get("source", "")),
        # With the rules alone the evidence above is their view; repeating it would only add noise.
        rules=_view_words(rules, "evidence") if rules and c.get("source") != "rules" else "",
        llm=_view_words(llm, "quotes") if llm else "",
    )


def _view_words(view: dict[str, Any], key: str) -> str:
    found = view.get(key) or []
    verdict = "met" if view.get("met") else "not met"
    claimed = " (claimed met; quotes not found in the text)" if view.get("claimed") and not view.get("met") else ""
    return f"{verdict}{claimed}" + (f": {', '.join(found)}" if found else "")


def _llm_criteria(details: dict[str, Any]) -> dict[str, dict[str, Any]]:
    llm = details.get("llm")
    criteria = llm.get("criteria") if isinstance(llm, dict) else None
    return criteria if isinstance(criteria, dict) else {}


def _flags(details: dict[str, Any]) -> tuple[str, ...]:
    flags = [f"manipulation: {m}" for m in details.get("manipulation", [])]
    flags += [f"abuse: {a}" for a in details.get("abuse", [])]
    if details.get("llm_error"):
        flags.append(f"model error: {details['llm_error']}")
    if details.get("llm_skipped"):
        flags.append(str(details["llm_skipped"]))
    return tuple(flags)


async def _expiring(session: AsyncSession, now: datetime, within_hours: float,
                    limit: int) -> tuple[list[Expiring], Rest]:
    """The ``limit`` soonest deadlines, and per status how many there are in all (one count query)."""
    window = (col(EndorsementRequest.status).in_([s.value for s in AWAITING_REPLY]),
              col(EndorsementRequest.deadline_at) > now,
              col(EndorsementRequest.deadline_at) <= now + timedelta(hours=within_hours))
    rows = await session.scalars(
        select(EndorsementRequest).where(*window)
        .order_by(col(EndorsementRequest.deadline_at), col(EndorsementRequest.id)).limit(limit))
    shown = [Expiring(r.id or 0, _person(r.candidate_name, r.candidate_email), r.status, utc(r.deadline_at))  # type: ignore[arg-type]
             for r in rows]
    counted = await session.execute(
        select(col(EndorsementRequest.status), func.count()).where(*window).group_by(col(EndorsementRequest.status)))
    per_status = {str(status): int(n) for status, n in counted.all()}
    rest = sum(per_status.values()) - len(shown)
    within = _duration(within_hours)
    commands = tuple(f"endorsebot list --status {s} --expiring-within {within} --limit {n}"
                     for s, n in sorted(per_status.items()))
    return shown, Rest(rest, commands if rest else ())


def _duration(hours: float) -> str:
    """As `endorsebot list --expiring-within` reads it: 12 -> '12h', 1.5 -> '90m'."""
    for unit, size in (("d", 24.0), ("h", 1.0), ("m", 1 / 60)):
        count = hours / size
        if count >= 1 and abs(count - round(count)) < 1e-9:
            return f"{round(count)}{unit}"
    return f"{max(1, round(hours * 3600))}s"


async def _undeliverable(session: AsyncSession, since: datetime, limit: int) -> tuple[list[Undeliverable], Rest]:
    recent = (col(AuditEntry.to_status) == Status.UNDELIVERABLE.value, col(AuditEntry.at) >= since)
    rows = await session.execute(
        select(EndorsementRequest, AuditEntry)
        .join(AuditEntry, col(AuditEntry.request_id) == col(EndorsementRequest.id))
        .where(*recent).order_by(col(AuditEntry.at), col(AuditEntry.id)).limit(limit))
    shown = [Undeliverable(r.id or 0, r.candidate_email, a.at, str(a.detail.get("error", ""))[:200])
             for r, a in rows.all()]
    total = await session.scalar(
        select(func.count()).select_from(AuditEntry)
        .join(EndorsementRequest, col(AuditEntry.request_id) == col(EndorsementRequest.id)).where(*recent)) or 0
    rest = total - len(shown)
    return shown, Rest(rest, ("endorsebot list --status undeliverable",) if rest else ())


async def _inbound_issues(session: AsyncSession, since: datetime, *, refused: bool) -> list[InboundIssue]:
    skip = {str(r) for r in ROUTINE}
    wanted = {str(r) for r in REFUSED_REQUEST}
    rows = await session.scalars(
        select(InboundMessage).where(col(InboundMessage.reason).is_not(None))
        .where(col(InboundMessage.handled_at) >= since)
        .order_by(col(InboundMessage.received_at), col(InboundMessage.id)))
    issues = []
    # A flood is one line with its count, never a digest as long as the flood (issue 10): per sender over
    # its allowance, and per request, domain or the whole bot over their budgets (the detail names which).
    flooding: dict[tuple[str, str], int] = {}
    for row in rows:
        reason = row.reason or ""
        # A bounce tied to a request shows up as an undeliverable address instead.
        if reason in skip or (reason == Reason.BOUNCE and row.request_id is not None):
            continue
        if reason in _FLOODS:
            key = _flood_key(reason, row.from_addr, row.reason_detail)
            flooding[key] = flooding.get(key, 0) + 1
            if flooding[key] > 1:
                continue
        if (reason in wanted) == refused:
            issues.append(InboundIssue(row.id or 0, row.received_at, row.from_addr, row.subject[:120],
                                       reason, row.reason_detail[:200]))
    return [dataclasses.replace(i, detail=_flood_detail(i, flooding[_flood_key(i.reason, i.sender, i.detail)]))
            if i.reason in _FLOODS else i for i in issues]


_FLOODS = frozenset({Reason.SENDER_FLOODING, Reason.REQUEST_FLOODING, Reason.DOMAIN_FLOODING, Reason.INBOUND_BUDGET})


def _flood_key(reason: str, sender: str, detail: str) -> tuple[str, str]:
    return (reason, sender if reason == Reason.SENDER_FLOODING else detail[:200])


def _flood_detail(issue: InboundIssue, count: int) -> str:
    if issue.reason == Reason.SENDER_FLOODING:
        return f"{count} message(s) over the hourly allowance"
    return f"{count} message(s) over the budget ({issue.detail})"


async def _llm_spend(session: AsyncSession, since: datetime, now: datetime) -> LlmSpend:
    days = [(since.date() + timedelta(days=i)).isoformat() for i in range((now.date() - since.date()).days + 1)]
    rows = await session.execute(
        select(col(Counter.name), func.sum(col(Counter.value))).where(col(Counter.day).in_(days))
        .group_by(col(Counter.name)))
    totals = {name: int(total or 0) for name, total in rows.all()}
    evaluations = list(await session.scalars(select(Evaluation).where(col(Evaluation.created_at) >= since)))
    judged = sum(1 for e in evaluations if isinstance(e.details.get("llm"), dict))
    return LlmSpend(round(totals.get(counters.LLM_COST_MICROUSD, 0) / 1_000_000, 4),
                    totals.get(counters.LLM_ERRORS, 0), judged)


async def _days(session: AsyncSession, now: datetime, timezone: str, count: int) -> list[DayOutcomes]:
    zone = ZoneInfo(timezone)
    today = now.astimezone(zone).date()
    first = today - timedelta(days=count - 1)
    rows = await session.execute(
        select(col(EndorsementRequest.status), col(EndorsementRequest.decided_at))
        .where(col(EndorsementRequest.decided_at) >= now - timedelta(days=count + 1)))
    tally: dict[date, dict[str, int]] = {first + timedelta(days=i): {} for i in range(count)}
    for status, decided_at in rows.all():
        if decided_at is None:
            continue
        day = utc(decided_at).astimezone(zone).date()
        if day in tally and status != Status.NEEDS_REVIEW:
            series = status if status in ("passed", "failed", "expired") else "other"
            tally[day][series] = tally[day].get(series, 0) + 1
    return [DayOutcomes(day, **values) for day, values in sorted(tally.items())]


def _person(name: str, email: str) -> str:
    return f"{shown_name(name)} <{email}>" if name else email  # a name stored before it was checked, too


def summary_line(digest: Digest) -> str:
    waiting = f"{len(digest.review)} to review" if digest.review else "nothing to review"
    sign_in = "mail sign-in refused, " if digest.sign_in else ""
    return f"{sign_in}{waiting}, {digest.expiring_total} expiring soon, {digest.total} requests in all"


def changes_text(counts: Sequence[StatusCount]) -> str:
    return ", ".join(f"{c.status} {c.count}" + (f" ({c.change:+d})" if c.change else "") for c in counts)
