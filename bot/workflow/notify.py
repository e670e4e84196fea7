"""Composing and queueing the workflow's emails. Nothing is sent here: rows go to the outbox."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.db.models import EndorsementRequest, OutboundMessage
from bot.outbound import addresses
from bot.outbound.compose import Attachment, Composer
from bot.outbound.outbox import enqueue
from bot.settings import Settings

# Mail the candidate answers: its envelope sender and Reply-To carry the token, so both replies
# and bounces (sent to the envelope sender) come back tied to the request.
TOKENED_KINDS = frozenset({"request", "reminder"})
# Mail to the candidate after that: threaded under the request (and under their own reply for a receipt),
# with the tokened Reply-To, so an answer to it still reaches the request. Its bounces stay plain.
THREADED_KINDS = frozenset({"reminder", "receipt", "closed"})


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
        thread = await self.thread_root(session, request.id) if kind in THREADED_KINDS else None
        answered = await self.last_reply_id(session, request.id) if kind == "receipt" else None
        values = self.compose_values(kind=kind, request=request, to=to, now=now, key=key, extra=extra,
                                     attachments=attachments, thread=thread, answered=answered)
        return await enqueue(session, OutboundMessage(**values))

    def compose_values(
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
        answered: str | None = None,
    ) -> dict[str, Any]:
        """The column values of the outbox row for one email about ``request``: plain values, because a sweep
        inserts them by the thousand, where building and dumping a SQLModel object per email cost a third of
        composing it (issue 15).

        ``thread`` is the request email's Message-ID, which later mail threads under; ``answered`` the
        candidate's reply a receipt answers."""
        assert request.id is not None
        # The request email states its deadline; before the server accepts it that is an estimate from now,
        # never later than the real one (the window starts at acceptance).
        reply_by = request.deadline_at or now + timedelta(hours=self.settings.workflow.window_hours)
        rendered = self.composer.render(kind, self.context(request, {"reply_by": reply_by, **(extra or {})}))
        # Only mail the candidate may answer carries the token; the endorser's (ack, outcome...) must not, or
        # the endorser could write the candidate's reply themselves and have it judged (issue 10).
        message_id = (addresses.new_message_id(kind, request.token, self.domain) if set(to) == {request.candidate_email}
                      else addresses.untokened_message_id(kind, request.id, self.domain))
        tokened = addresses.reply_address(self.settings.bot.address, request.token)
        data = self.composer.build(
            rendered,
            to=to,
            message_id=message_id,
            date=now,
            reply_to=tokened if kind in TOKENED_KINDS | THREADED_KINDS else None,
            in_reply_to=answered or thread,
            references=tuple(m for m in (thread, answered) if m),
            attachments=attachments,
        )
        return {
            "kind": kind,
            "request_id": request.id,
            "dedupe_key": key or f"{kind}:{request.id}",
            "envelope_from": tokened if kind in TOKENED_KINDS else self.settings.bot.address,
            "recipients": list(to),
            "message_id": message_id,
            "subject": rendered.subject,
            "data": data,
            "status": "pending",
            "attempts": 0,
            "next_attempt_at": now,
            "claimed_until": None,
            "claimed_by": None,
            "handed_at": None,
            "last_error": "",
            "created_at": now,
            "sent_at": None,
        }

    @staticmethod
    async def last_reply_id(session: AsyncSession, request_id: int) -> str | None:
        """The Message-ID of the candidate's latest accepted reply, if it is fit to echo in a header."""
        from bot.db.models import InboundMessage
        from bot.outbound.compose import echoable_message_id

        found = await session.scalar(
            select(col(InboundMessage.message_id))
            .where(col(InboundMessage.request_id) == request_id).where(col(InboundMessage.reason).is_(None))
            .order_by(col(InboundMessage.received_at).desc(), col(InboundMessage.id).desc()).limit(1))
        return echoable_message_id(found)

    @staticmethod
    async def thread_root(session: AsyncSession, request_id: int) -> str | None:
        return await session.scalar(
            select(col(OutboundMessage.message_id))
            .where(col(OutboundMessage.request_id) == request_id)
            .where(col(OutboundMessage.kind) == "request")
        )
