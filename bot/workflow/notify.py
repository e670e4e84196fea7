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
        thread: str | None = None,
        known_new: bool = False,
    ) -> OutboundMessage | None:
        """Queue one email about ``request``; the dedupe key makes a second call a no-op.

        ``thread`` is the request email's Message-ID when the caller already has it (a sweep
        fetches them all at once); otherwise a reminder looks it up to thread under it."""
        assert request.id is not None
        dedupe_key = key or f"{kind}:{request.id}"
        rendered = self.composer.render(kind, self.context(request, extra))
        message_id = addresses.new_message_id(kind, request.token, self.domain)
        tokened = addresses.reply_address(self.settings.bot.address, request.token)
        if kind == "reminder" and thread is None:
            thread = await self.thread_root(session, request.id)
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
        return await enqueue(
            session,
            now=now,
            kind=kind,
            dedupe_key=dedupe_key,
            envelope_from=tokened if kind in TOKENED_KINDS else self.settings.bot.address,
            recipients=to,
            message_id=message_id,
            subject=rendered.subject,
            data=data,
            request_id=request.id,
            known_new=known_new,
        )

    @staticmethod
    async def thread_root(session: AsyncSession, request_id: int) -> str | None:
        return await session.scalar(
            select(col(OutboundMessage.message_id))
            .where(col(OutboundMessage.request_id) == request_id)
            .where(col(OutboundMessage.kind) == "request")
        )
