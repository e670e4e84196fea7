"""Immediate admin alerts, rate-limited per kind so a flood becomes one email.

Every alert is recorded; an email goes out only if none of the same kind went out within
``[admins] alert_min_interval_s`` (the rest wait for the digest). Each admin gets their own copy whose
Reply-To is the signed address they can answer with commands (bot.admin.signing).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.admin.mailer import admin_addresses, queue_admin_mail
from bot.clock import utc
from bot.db.models import Alert, EndorsementRequest
from bot.outbound.compose import Composer
from bot.settings import Settings
from bot.workflow.extensions import extended_hours

# Alerts about a reply a person must judge: the request is (or, within this transaction, becomes) needs_review.
_REVIEW_KINDS = frozenset({"needs_review", "manipulation", "abusive_reply"})
_OPEN = frozenset({"sent", "reminded", "replied"})


def allowed_actions(kind: str, status: str | None, *, deadline_passed: bool = False,
                    can_extend: bool = True) -> tuple[str, ...]:
    """The commands an alert may offer: only what the request's state lets bot.admin.review apply.
    An expired request can be extended (it opens again from now; issue 12 item 4), not resent; an open
    one past its deadline is about to expire, so only extend will apply by the time an admin answers;
    neither once all extensions together reach ``[security] max_total_extend_hours``."""
    if status is None:
        return ()
    if kind in _REVIEW_KINDS or status == "needs_review":
        return ("approve", "reject")
    extend = ("extend",) if can_extend else ()
    if status == "expired" or (status in _OPEN and deadline_passed):
        return extend
    return (*extend, "resend") if status in _OPEN else ()


ALERT_KINDS = frozenset({"abusive_reply", "manipulation", "wrong_sender", "quarantined", "needs_review",
                         "refused_request", "undeliverable", "daemon_stopped",
                         # The OAuth2 provider refused the refresh token (bot.adapters.oauth2.REFRESH_FAILED).
                         "oauth2_refresh_failed",
                         # Mail over the bot's hourly inbound budget (bot.inbound.limits), once an hour.
                         "inbound_budget",
                         # A delivery report for a request written from a mailbox, naming someone else or
                         # refused by its From domain (bot.inbound.pipeline).
                         "bounce_from_a_mailbox", "bounce_for_another_recipient", "bounce_sender_refused"})


class Alerts:
    def __init__(self, settings: Settings, composer: Composer) -> None:
        self.settings = settings
        self.composer = composer

    async def raise_alert(
        self,
        session: AsyncSession,
        *,
        kind: str,
        summary: str,
        now: datetime,
        request_id: int | None = None,
        inbound_id: int | None = None,
    ) -> Alert:
        """Record the alert; email admins unless one of this kind went out within the interval."""
        assert kind in ALERT_KINDS, kind
        alert = Alert(kind=kind, created_at=now, request_id=request_id, inbound_id=inbound_id, summary=summary)
        session.add(alert)
        await session.flush()
        admins = admin_addresses(self.settings)
        if not admins or await self._recently_sent(session, kind, now):
            return alert
        request = await session.get(EndorsementRequest, request_id) if request_id is not None else None
        context = {"kind": kind, "summary": summary, "request_id": request_id, "inbound_id": inbound_id,
                   "request_status": request.status if request is not None else None,
                   "actions": await self._actions(session, kind, request, now)}
        for admin in admins:
            row = await queue_admin_mail(session, composer=self.composer, settings=self.settings, kind="alert",
                                         context=context, admin=admin, now=now,
                                         dedupe_key=f"alert:{alert.id}:{admin}")
            if row is not None and alert.outbound_id is None:
                alert.outbound_id = row.id
        return alert

    async def _actions(self, session: AsyncSession, kind: str, request: EndorsementRequest | None,
                       now: datetime) -> tuple[str, ...]:
        if request is None or request.id is None:
            return ()
        extended = await extended_hours(session, request.id)
        deadline = request.deadline_at
        return allowed_actions(
            kind, request.status,
            deadline_passed=deadline is not None and utc(deadline) <= now,
            can_extend=extended < self.settings.security.max_total_extend_hours)

    async def _recently_sent(self, session: AsyncSession, kind: str, now: datetime) -> bool:
        since = now - timedelta(seconds=self.settings.admins.alert_min_interval_s)
        found = await session.scalar(
            select(col(Alert.id))
            .where(col(Alert.kind) == kind)
            .where(col(Alert.outbound_id).is_not(None))
            .where(col(Alert.created_at) >= since)
            .limit(1)
        )
        return found is not None
