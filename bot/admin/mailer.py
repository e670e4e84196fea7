"""Mail to admins (alerts, digests, confirmations): one email per admin, each with its own signed Reply-To.

Each admin gets their own copy because the reply address is signed for that admin alone: a shared
email would hand every admin's address to the others.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.admin.signing import admin_reply_address
from bot.db.models import OutboundMessage
from bot.outbound import addresses
from bot.outbound.compose import Composer
from bot.outbound.outbox import enqueue
from bot.settings import Settings


def admin_addresses(settings: Settings) -> tuple[str, ...]:
    return tuple(dict.fromkeys(addresses.normalize(a) for a in settings.admins.addresses if a.strip()))


def is_admin(settings: Settings, address: str) -> bool:
    return addresses.normalize(address) in admin_addresses(settings)


def reply_address_for(settings: Settings, admin: str, *, now: datetime, request_id: int = 0) -> str | None:
    """The signed command address for ``admin`` (bound to ``request_id`` when the mail is about one request),
    valid for ``[security] admin_address_valid_hours``; None when no [bot] secret is set (inbox commands off)."""
    if not settings.bot.secret:
        return None
    expires = now + timedelta(hours=settings.security.admin_address_valid_hours)
    return admin_reply_address(settings.bot.address, admin, settings.bot.secret, expires_at=expires,
                               request_id=request_id)


async def queue_admin_mail(
    session: AsyncSession,
    *,
    composer: Composer,
    settings: Settings,
    kind: str,
    context: Mapping[str, Any],
    admin: str,
    now: datetime,
    dedupe_key: str,
    in_reply_to: str | None = None,
    reply_to: str | None = None,
) -> OutboundMessage | None:
    """Render ``templates/<kind>.*`` for one admin and queue it; None if ``dedupe_key`` was used before.

    ``reply_to``: another address than the admin's signed command address (a one-time confirmation)."""
    # An alert about one request gets an address bound to it; a digest or confirmation lists several.
    scope = context.get("request_id")
    reply_to = reply_to or reply_address_for(settings, admin, now=now,
                                             request_id=scope if isinstance(scope, int) else 0)
    rendered = composer.render(kind, {**context, "admin": admin, "reply_to": reply_to})
    domain = addresses.split(settings.bot.address)[1]
    # The hyphen keeps these ids from ever looking like a request's (kind.TOKEN.nonce).
    message_id = f"<admin-{kind}.{secrets.token_hex(8)}@{domain}>"
    data = composer.build(rendered, to=[admin], message_id=message_id, date=now, reply_to=reply_to,
                          in_reply_to=in_reply_to, references=(in_reply_to,) if in_reply_to else ())
    return await enqueue(session, OutboundMessage(
        kind=kind, dedupe_key=dedupe_key, envelope_from=settings.bot.address, recipients=[admin],
        message_id=message_id, subject=rendered.subject, data=data, next_attempt_at=now, created_at=now))
