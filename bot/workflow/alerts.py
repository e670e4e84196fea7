"""Immediate admin alerts, rate-limited per kind so a flood becomes one email."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import addresses
from bot.compose import Composer
from bot.db.models import Alert
from bot.outbox import enqueue
from bot.settings import Settings

ALERT_KINDS = frozenset({"abusive_reply", "manipulation", "wrong_sender", "quarantined", "needs_review",
                         "refused_request", "undeliverable"})


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
        admins = self.settings.admins.addresses
        if not admins or await self._recently_sent(session, kind, now):
            return alert
        rendered = self.composer.render(
            "alert", {"kind": kind, "summary": summary, "request_id": request_id, "inbound_id": inbound_id}
        )
        domain = addresses.split(self.settings.bot.address)[1]
        message_id = f"<alert.{alert.id}.{int(now.timestamp())}@{domain}>"
        row = await enqueue(
            session,
            now=now,
            kind="alert",
            dedupe_key=f"alert:{alert.id}",
            envelope_from=self.settings.bot.address,
            recipients=list(admins),
            message_id=message_id,
            subject=rendered.subject,
            data=self.composer.build(rendered, to=admins, message_id=message_id, date=now),
        )
        alert.outbound_id = row.id if row else None
        return alert

    async def _recently_sent(self, session: AsyncSession, kind: str, now: datetime) -> bool:
        since = now - timedelta(seconds=self.settings.admins.alert_min_interval_s)
        found = await session.scalar(
            select(Alert.id)
            .where(Alert.kind == kind)
            .where(Alert.outbound_id.is_not(None))  # type: ignore[union-attr]
            .where(Alert.created_at >= since)
            .limit(1)
        )
        return found is not None
