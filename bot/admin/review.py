"""Review decisions, the same from the inbox and the CLI: approve, reject, extend, resend.

Every applied decision writes an audit row saying who, how (email or cli) and why; status changes go
through the workflow (and so the one transition table). A decision that cannot apply says why in words
an admin can act on, and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.admin.command_grammar import Action, Command
from bot.clock import utc
from bot.db.models import AuditEntry, EndorsementRequest, OutboundMessage
from bot.domain.status import AWAITING_REPLY, Status
from bot.workflow.extensions import extended_hours
from bot.workflow.service import Workflow
from bot.workflow.transitions import LostRace, change_status


@dataclass(frozen=True, slots=True)
class Decision:
    """What became of one command."""

    command: Command
    applied: bool
    message: str


class ReviewError(Exception):
    """A command that cannot apply; the message is shown to the admin as is."""


class Review:
    def __init__(self, workflow: Workflow) -> None:
        self.workflow = workflow
        self.clock = workflow.clock
        self.settings = workflow.settings

    async def waiting(self, session: AsyncSession) -> list[EndorsementRequest]:
        """The review queue, oldest first."""
        rows = await session.scalars(
            select(EndorsementRequest).where(col(EndorsementRequest.status) == Status.NEEDS_REVIEW.value)
            .order_by(col(EndorsementRequest.decided_at), col(EndorsementRequest.id))
        )
        return list(rows)

    async def apply(self, session: AsyncSession, command: Command, *, admin: str, via: str,
                    address: str = "") -> Decision:
        """Apply one command in the caller's transaction. ``admin``: who (an address or "cli");
        ``address``: the tag of the signed address it came through (replays are refused by it)."""
        request = await session.get(EndorsementRequest, command.request_id)
        try:
            if request is None:
                raise ReviewError(f"there is no request #{command.request_id}")
            handler = {Action.APPROVE: self._approve, Action.REJECT: self._reject,
                       Action.EXTEND: self._extend, Action.RESEND: self._resend}[command.action]
            message = await handler(session, request, command, _actor(admin))
        except ReviewError as exc:
            return Decision(command, False, str(exc))
        except LostRace:
            return Decision(command, False, f"request #{command.request_id} changed meanwhile; nothing done, "
                                            "please look again")
        detail: dict[str, object] = {"via": via, "hours": command.hours} if command.hours else {"via": via}
        if address:
            detail["address"] = address
        session.add(AuditEntry(request_id=request.id, at=self.clock.now(), actor=_actor(admin),
                               action=f"review:{command.action}", reason=command.text or message, detail=detail))
        return Decision(command, True, message)

    @staticmethod
    async def already_applied(session: AsyncSession, command: Command, *, address: str) -> bool:
        """Was this very command (action, request, hours) applied before through the same signed address?"""
        earlier = await session.scalars(
            select(AuditEntry).where(col(AuditEntry.request_id) == command.request_id)
            .where(col(AuditEntry.action) == f"review:{command.action}"))
        return any(e.detail.get("address") == address and float(e.detail.get("hours", 0.0)) == command.hours
                   for e in earlier)

    @staticmethod
    async def extended_hours(session: AsyncSession, request_id: int) -> float:
        """Hours all applied `extend` commands have added to this request so far."""
        return await extended_hours(session, request_id)

    async def _approve(self, session: AsyncSession, request: EndorsementRequest, command: Command,
                       actor: str) -> str:
        _must_wait_for_review(request, "approved")
        why = f"approved by {actor}" + (f": {command.text}" if command.text else "")
        await self.workflow.finish(session, request, Status.PASSED, actor=actor, reason=why)
        return f"request #{request.id} passed; {request.endorser_email} is told"

    async def _reject(self, session: AsyncSession, request: EndorsementRequest, command: Command,
                      actor: str) -> str:
        _must_wait_for_review(request, "rejected")
        if not command.text.strip():
            raise ReviewError("a rejection needs a reason")
        await self.workflow.finish(session, request, Status.FAILED, actor=actor,
                                   reason=f"rejected by {actor}: {command.text}")
        return f"request #{request.id} failed ({command.text}); {request.endorser_email} is told"

    async def _extend(self, session: AsyncSession, request: EndorsementRequest, command: Command,
                      actor: str) -> str:
        expired = Status(request.status) is Status.EXPIRED
        if not expired:
            self._must_be_open(request, "extended")
        limit = self.settings.admins.max_extend_hours
        if not 0 < command.hours <= limit:
            raise ReviewError(f"an extension must be more than 0 and at most {limit:g} hours")
        # A cap on the sum too, so repeated extensions cannot keep a request open indefinitely.
        total, cap = await self.extended_hours(session, request.id or 0), self.settings.security.max_total_extend_hours
        if total + command.hours > cap:
            raise ReviewError(f"request #{request.id} was already extended by {total:g} h; all extensions together "
                              f"may add at most {cap:g} h")
        if expired:
            return await self._reopen(session, request, command, actor)
        assert request.deadline_at is not None
        new_deadline = utc(request.deadline_at) + timedelta(hours=command.hours)
        # Not a status change, but the same compare-and-set: the expiry sweep may be looking at it now.
        result = await session.execute(
            update(EndorsementRequest)
            .where(col(EndorsementRequest.id) == request.id)
            .where(col(EndorsementRequest.version) == request.version)
            .values(deadline_at=new_deadline, version=request.version + 1)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise LostRace(str(request.id))
        request.deadline_at, request.version = new_deadline, request.version + 1
        return f"request #{request.id}: deadline moved by {command.hours:g} h to {new_deadline:%Y-%m-%d %H:%M} UTC"

    async def _reopen(self, session: AsyncSession, request: EndorsementRequest, command: Command,
                      actor: str) -> str:
        """An expired request an admin extends is open again for ``hours`` from now (its old deadline has
        passed): e.g. the candidate's answer waited in a mailbox the bot could not read. Through the status
        table, audited; the candidate can answer until the new deadline."""
        new_deadline = self.clock.now() + timedelta(hours=command.hours)
        await change_status(session, request, Status.SENT, now=self.clock.now(), actor=actor,
                            reason=f"expired request reopened by extend for {command.hours:g} h",
                            detail={"hours": command.hours}, deadline_at=new_deadline, decided_at=None,
                            reasons=[r for r in request.reasons if r != "expired"])
        return f"request #{request.id} reopened: the candidate may answer until {new_deadline:%Y-%m-%d %H:%M} UTC"

    async def _resend(self, session: AsyncSession, request: EndorsementRequest, command: Command,
                      actor: str) -> str:
        self._must_be_open(request, "resent")
        earlier = await session.scalar(
            select(func.count()).select_from(OutboundMessage)
            .where(col(OutboundMessage.request_id) == request.id)
            .where(col(OutboundMessage.kind) == "request")
        )
        # A new dedupe key: the outbox would otherwise (rightly) treat it as the email already sent.
        key = f"request:{request.id}:resend:{int(earlier or 0)}"
        await self.workflow.notifier.queue(session, kind="request", request=request, to=[request.candidate_email],
                                           now=self.clock.now(), key=key)
        return f"request #{request.id}: the request email is queued again for {request.candidate_email}"

    def _must_be_open(self, request: EndorsementRequest, verb: str) -> None:
        status = Status(request.status)
        if status is Status.EXPIRED:
            raise ReviewError(f"request #{request.id} has expired and cannot be {verb}; start a new request")
        if status is Status.REQUESTED:
            raise ReviewError(f"request #{request.id} has not been sent yet; its first email is still queued")
        if status not in AWAITING_REPLY:
            raise ReviewError(f"request #{request.id} is {status}; only an open request can be {verb}")
        if request.deadline_at is None or utc(request.deadline_at) <= self.clock.now():
            raise ReviewError(f"request #{request.id} is past its deadline and cannot be {verb}; "
                              "it is about to expire")


def _must_wait_for_review(request: EndorsementRequest, verb: str) -> None:
    if request.status != Status.NEEDS_REVIEW:
        raise ReviewError(f"request #{request.id} is {request.status}, not waiting for review; "
                          f"only a request in review can be {verb}")


def _actor(admin: str) -> str:
    return admin if admin == "cli" else f"admin:{admin}"
