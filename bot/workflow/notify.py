"""Composing and queueing the workflow's emails. Nothing is sent here: rows go to the outbox."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot import addresses
from bot.compose import Attachment, Composer
from bot.db.models import EndorsementRequest, OutboundMessage
from bot.outbox import enqueue
from bot.settings import Settings

# Mail the candidate answers: its envelope sender and Reply-To carry the token, so both replies
# and bounces (sent to the envelope sender) come back tied to the request.
TOKENED_KINDS = frozenset({"request", "reminder"})


class Notifier:
    def __init__(self, settings: Settings, composer: Composer) -> None:
        self.settings = settings
        self.composer = composer
        self.domain = addresses.split(settings.bot.address)[1]

    def context(self, request: EndorsementRequest, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
        return {
            "request": request,
            "window_hours": self.settings.workflow.window_hours,
            "thresholds": self.settings.evaluation,
            **(extra or {}),
        }

    async def queue(
        self,
        session: AsyncSession,
        *,
        kind: str,
        request: EndorsementRequest,
        to: Sequence[str],
        now: datetime,
        key: str | None = None,
        extra: Mapping[str, Any] | None = None,
        attachments: Sequence[Attachment] = (),
    ) -> OutboundMessage | None:
        """Queue one email about ``request``; the dedupe key makes a second call a no-op."""
        assert request.id is not None
        thread = await self.thread_root(session, request.id) if kind == "reminder" else None
        return await enqueue(session, self.compose(kind=kind, request=request, to=to, now=now, key=key,
                                                   extra=extra, attachments=attachments, thread=thread))

    def compose(
        self,
        *,
        kind: str,
        request: EndorsementRequest,
        to: Sequence[str],
        now: datetime,
        key: str | None = None,
        extra: Mapping[str, Any] | None = None,
        attachments: Sequence[Attachment] = (),
        thread: str | None = None,
    ) -> OutboundMessage:
        """The outbox row for one email about ``request``, not yet added to any session.

        ``thread`` is the request email's Message-ID, which a reminder threads under."""
        assert request.id is not None
        rendered = self.composer.render(kind, self.context(request, extra))
        message_id = addresses.new_message_id(kind, request.token, self.domain)
        tokened = addresses.reply_address(self.settings.bot.address, request.token)
        data = self.composer.build(
            rendered,
            to=to,
            message_id=message_id,
            date=now,
            reply_to=tokened if kind in TOKENED_KINDS else None,
            in_reply_to=thread if kind == "reminder" else None,
            references=(thread,) if thread and kind == "reminder" else (),
            attachments=attachments,
        )
        return OutboundMessage(
            kind=kind,
            request_id=request.id,
            dedupe_key=key or f"{kind}:{request.id}",
            envelope_from=tokened if kind in TOKENED_KINDS else self.settings.bot.address,
            recipients=list(to),
            message_id=message_id,
            subject=rendered.subject,
            data=data,
            next_attempt_at=now,
            created_at=now,
        )

    @staticmethod
    async def thread_root(session: AsyncSession, request_id: int) -> str | None:
        return await session.scalar(
            select(col(OutboundMessage.message_id))
            .where(col(OutboundMessage.request_id) == request_id)
            .where(col(OutboundMessage.kind) == "request")
        )
